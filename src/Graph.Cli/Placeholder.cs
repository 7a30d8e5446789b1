namespace Graph.Cli;
