namespace Graph.Neo4j.Tests.Container;

/// <summary>One real Neo4j for every container test class; they run one after another against it.</summary>
[CollectionDefinition(nameof(Neo4jContainer))]
public sealed class Neo4jContainer : ICollectionFixture<Neo4jContainerFixture>;
