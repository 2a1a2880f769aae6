namespace Bsre.Sdk.Pdf.Tests.Validation;

/// <summary>The explained disagreements with the external corpus manifest, by file.</summary>
internal static class CorpusDisagreements
{
    private static readonly Dictionary<string, string> Reasons = new(StringComparer.Ordinal)
    {
        ["esig-dss/dss-pades/BadEncodedCMS.pdf"] = "by design (EN 319 102-1 §5.2.3): a signature the format check cannot process is TOTAL_FAILED/FORMAT_FAILURE (exit 1); its CMS embeds a certificate whose serialNumber INTEGER has a superfluous leading zero, which OpenSSL and BouncyCastle refuse, and DSS leaves such a signature out of its report (NO_SIGNATURE_FOUND). pdfsig also calls the field unsigned, but not because of the CMS: it still does with the INTEGER repaired",
        ["esig-dss/dss-pades/test-with-vri.pdf"] = "a real FieldMDP violation (ISO 32000-1 §12.8.2.4): the signature locks all fields (/Action /All) and revision 5 changes TestField2 from (TEST2) to (TEST20), which pyHanko and iText reject; DSS's FieldMDP and SigFieldLock checks test only the lock's /P permission, never the locked field list, and its test asserts only that the signature value is intact",
        ["pyHanko/test_data/pdf/minimal-broken-xref-size.pdf"] = "by design (issue 12): a /Size smaller than an earlier section's is read, as qpdf, pdfsig, DSS and pyHanko's own non-strict mode read it; only pyHanko's strict mode refuses it (the file has no signature, so nothing is accepted that a reader could see differently)",
        ["pyHanko/test_data/pdf/coverage-anomalies/base.pdf"] = "(low confidence) its /Contents is all zeros, so the signature is reported as garbage (TOTAL_FAILED)",
        ["esig-dss/dss-pades/Signature-P-HU_MIC-3.pdf"] = "(low confidence) nothing asserted; our verdict: intact, untrusted",
        ["esig-dss/dss-pades/Signature-P-BG_BOR-1.pdf"] = "(no expectation) our verdict: intact, untrusted",
    };

    public static string? Reason(string path) => Reasons.TryGetValue(path, out string? reason) ? reason : null;
}
