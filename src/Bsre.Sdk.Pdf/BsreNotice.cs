namespace Bsre.Sdk.Pdf;

/// <summary>
/// The wording of BSrE's electronic-signature notice and the public verifier's address, by period
/// (<see cref="PdfSignatureAppearance.NoticeText"/>, <see cref="PdfSignatureAppearance.NoticeVerifierUrl"/>).
/// </summary>
/// <remarks>
/// Since 2025 the unit is "Balai <b>Besar</b> Sertifikasi Elektronik" and the ministry running the verifier is Komdigi
/// (<c>tte.komdigi.go.id</c>, formerly Kominfo, <c>tte.kominfo.go.id</c>). Use the current texts for new documents; the
/// legacy ones reproduce what documents signed before the renaming carry. Your PKS may prescribe its own wording.
/// </remarks>
public static class BsreNotice
{
    /// <summary>The notice in 2026 templates ("Balai Besar Sertifikasi Elektronik"); the default.</summary>
    public const string Wording2026 = "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan oleh Balai Besar Sertifikasi Elektronik (BSrE), Badan Siber dan Sandi Negara";

    /// <summary>The notice of documents signed before the unit became "Balai Besar" (up to 2024).</summary>
    public const string LegacyWording = "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan oleh Balai Sertifikasi Elektronik (BSrE), Badan Siber dan Sandi Negara";

    /// <summary>Gets the public verifier's address since the ministry became Komdigi: <c>https://tte.komdigi.go.id/verifyPDF</c>; the default.</summary>
    public static Uri VerifierUrl2026 { get; } = new("https://tte.komdigi.go.id/verifyPDF");

    /// <summary>Gets the verifier's address under Kominfo (up to 2024): <c>https://tte.kominfo.go.id/verifyPDF</c>.</summary>
    public static Uri LegacyVerifierUrl { get; } = new("https://tte.kominfo.go.id/verifyPDF");

    /// <summary>Returns the sentence that points readers to the verifier, as the templates write it.</summary>
    /// <param name="verifierUrl">The verifier's address.</param>
    /// <returns>"Untuk memastikan keaslian tanda tangan elektronik, silakan unggah dokumen pada laman {url}".</returns>
    public static string VerifierSentence(Uri verifierUrl)
    {
        ArgumentNullException.ThrowIfNull(verifierUrl);
        return $"Untuk memastikan keaslian tanda tangan elektronik, silakan unggah dokumen pada laman {verifierUrl.OriginalString}";
    }
}
