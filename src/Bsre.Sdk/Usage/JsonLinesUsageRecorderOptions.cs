namespace Bsre.Sdk.Usage;

/// <summary>Options of <see cref="JsonLinesUsageRecorder"/>.</summary>
public sealed class JsonLinesUsageRecorderOptions
{
    /// <summary>The JSON-lines file records are appended to; created (with its directory) when missing.</summary>
    public string FilePath { get; set; } = "bsre-usage.jsonl";
}
