namespace Bsre.Sdk.Client;

/// <summary>How the v1 sign endpoint returns the signed PDF (<c>jenis_response</c>).</summary>
public enum V1ResponseFormat
{
    /// <summary><c>BYTE</c>: the raw PDF, streamed (recommended).</summary>
    Bytes = 0,

    /// <summary><c>BASE64</c>: JSON with <c>base64_signed_file</c> and <c>id_dokumen</c>; the answer is held in memory.</summary>
    Base64,
}
