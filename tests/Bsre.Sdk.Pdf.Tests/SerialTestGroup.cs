namespace Bsre.Sdk.Pdf.Tests;

/// <summary>Tests that run alone (no parallel tests), so that process-wide allocation counts mean something.</summary>
[CollectionDefinition(nameof(SerialTestGroup), DisableParallelization = true)]
public sealed class SerialTestGroup
{
}
