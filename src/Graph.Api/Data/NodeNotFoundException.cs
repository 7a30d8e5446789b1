namespace Graph.Api.Data;

/// <summary>A traversal's start named no node, or several: the message says which argument and what to give instead.</summary>
internal sealed class NodeNotFoundException(string message) : Exception(message);
