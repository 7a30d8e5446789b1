namespace Graph.Core.Model;

/// <summary>
/// Properties the importer keeps on Page nodes to tell what changed since the last import (a hash of the file's bytes,
/// a key over the bytes, rules and vocabulary). They are not facts about the wiki, so exports leave them out.
/// </summary>
public static class ImportBookkeeping
{
    public const string ContentHash = "contentHash";
    public const string ImportKey = "importKey";

    public static bool IsBookkeeping(string property) => property is ContentHash or ImportKey;
}
