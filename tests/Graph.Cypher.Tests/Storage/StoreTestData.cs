using Graph.Cypher.Storage;

namespace Graph.Cypher.Tests.Storage;

/// <summary>Small helpers that keep the storage tests about behaviour rather than setup.</summary>
internal static class StoreTestData
{
    public static Dictionary<string, object> Props(params (string Key, object Value)[] pairs)
    {
        var map = new Dictionary<string, object>();
        foreach (var (key, value) in pairs)
        {
            map[key] = value;
        }
        return map;
    }

    public static Dictionary<string, object> NoProps => [];

    public static NodeRecord CreatePerson(this WriteTransaction tx, string id) =>
        tx.CreateNode(["Person"], Props(("id", id)));

    public static IndexDefinition UniquePersonId { get; } = new("person_id", "Person", "id", Unique: true);

    public static List<long> Ids(this IEnumerable<NodeRecord> nodes) => nodes.Select(n => n.Id).ToList();

    public static List<long> Ids(this IEnumerable<RelationshipRecord> relationships) => relationships.Select(r => r.Id).ToList();
}
