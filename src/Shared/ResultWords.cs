using Bsre.Sdk.Signing;

namespace Bsre.Sdk.Validation;

/// <summary>The report's words for the typed results (the <c>bsre ... verify --json</c> contract).</summary>
internal static class ResultWords
{
    public static string ToWord(SignatureFormat format, SignatureLevel level)
        => (format == SignatureFormat.Pades ? "PAdES" : "CAdES") + "-BASELINE-" + level switch
        {
            SignatureLevel.BaselineB => "B",
            SignatureLevel.BaselineT => "T",
            SignatureLevel.BaselineLT => "LT",
            _ => "LTA",
        };

    public static string ToWord(ModificationLevel level) => level switch
    {
        ModificationLevel.None => "none",
        ModificationLevel.LtaUpdates => "lta-updates",
        ModificationLevel.FormFilling => "form-filling",
        ModificationLevel.Annotations => "annotations",
        _ => "other",
    };

    public static string ToWord(TimestampKind kind) => kind switch
    {
        TimestampKind.Signature => "signature",
        TimestampKind.Archive => "archive",
        _ => "document",
    };

    public static string ToWord(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "error",
        FindingSeverity.Warning => "warning",
        _ => "info",
    };
}
