using Graph.Core.Model;

namespace Graph.Import.Extraction.Rules;

/// <summary>A show the vocabulary declares hosts for: its hosts appear in the page's source as hosts.</summary>
internal sealed class ShowHostsRule : IExtractionRule
{
    public void Apply(PageContext context)
    {
        var published = context.Facts.Relationships
            .Where(r => r.Type == RelationshipTypes.PublishedOn && r.FromId == context.SourceId)
            .ToList();
        foreach (var relationship in published)
        {
            var showName = context.Facts.NodeProperty(relationship.ToId, "name") as string;
            var show = showName is null ? null : context.Vocabulary.Find(EntityKind.Show, showName);
            foreach (var host in show?.Hosts ?? [])
            {
                if (context.Person(host) is { } hostId)
                {
                    context.Participant(hostId, "host", relationship.Provenance);
                }
            }
        }
    }
}
