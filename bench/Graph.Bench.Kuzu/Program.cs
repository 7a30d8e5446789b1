using Graph.Bench.Kuzu;

// The embedded engine against Kuzu on the same generated graph (bench/kuzu.sh runs the steps in this order):
//   generate S|L <csv dir>                          the anchor graph as CSV files plus graph.json
//   embedded <csv dir> <data dir> <out.json>        bulk-load a fresh embedded store (as graph load), time the six queries
//   unwind <csv dir> <data dir> <out.json>          load a fresh embedded store with Cypher UNWIND batches, nothing else
//   reopen <csv dir> <data dir> <out.json>          open the persisted store in this new process, one trivial query
//   report <work dir>                               compare answers with Kuzu's and print the table
var verb = args.Length > 0 ? args[0] : "";
switch (verb)
{
    case "generate" when args.Length == 3:
        var manifest = AnchorGraph.Write(Scale.Parse(args[1]), args[2]);
        Console.WriteLine($"generated scale {manifest.Scale}: {manifest.Nodes.Sum(n => n.Count):N0} nodes, {manifest.Relationships.Sum(r => r.Count):N0} relationships in {args[2]}");
        return 0;
    case "embedded" when args.Length == 4:
        await EmbeddedSide.RunAsync(args[1], args[2], args[3]);
        return 0;
    case "unwind" when args.Length == 4:
        await EmbeddedSide.UnwindAsync(args[1], args[2], args[3]);
        return 0;
    case "reopen" when args.Length == 4:
        await EmbeddedSide.ReopenAsync(args[1], args[2], args[3]);
        return 0;
    case "report" when args.Length == 2:
        return ComparisonReport.Print(args[1]);
    default:
        Console.Error.WriteLine("usage: generate S|L <csv dir> | embedded|unwind|reopen <csv dir> <data dir> <out.json> | report <work dir>");
        return 2;
}
