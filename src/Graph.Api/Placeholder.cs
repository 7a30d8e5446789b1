namespace Graph.Api;
