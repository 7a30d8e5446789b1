namespace Graph.Import;
