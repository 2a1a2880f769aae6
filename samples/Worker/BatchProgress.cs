namespace Bsre.Sdk.Samples.Worker;

/// <summary>Progress of a batch: <paramref name="Done"/> of <paramref name="Total"/> files, the last one and whether it succeeded.</summary>
/// <param name="Done">Files handled so far.</param>
/// <param name="Total">Files in the batch.</param>
/// <param name="File">The file just handled.</param>
/// <param name="Succeeded">Whether it was signed.</param>
public sealed record BatchProgress(int Done, int Total, string File, bool Succeeded);
