namespace Bsre.Sdk.Validation;

/// <summary>What a timestamp attached to, or covering, a signature is.</summary>
public enum TimestampKind
{
    /// <summary>A signature timestamp (CAdES signature-time-stamp attribute) over the signature value: B-T.</summary>
    Signature = 0,

    /// <summary>A CAdES archive-time-stamp-v3 over the signature and its validation data: B-LTA.</summary>
    Archive,

    /// <summary>A PDF document timestamp (/SubFilter /ETSI.RFC3161) over the document revision.</summary>
    Document,
}
