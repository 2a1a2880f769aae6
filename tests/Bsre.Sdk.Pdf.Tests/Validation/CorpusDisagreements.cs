namespace Bsre.Sdk.Pdf.Tests.Validation;

/// <summary>The explained disagreements with the external corpus manifest, by file.</summary>
internal static class CorpusDisagreements
{
    private static readonly Dictionary<string, string> Reasons = new(StringComparer.Ordinal)
    {
        ["esig-dss/dss-pades/BadEncodedCMS.pdf"] = "by design: a signature field whose CMS cannot be parsed is reported TOTAL_FAILED/FORMAT_FAILURE (exit 1), not hidden as NO_SIGNATURE as DSS does",
        ["esig-dss/dss-pades/pades-5-signatures-and-1-document-timestamp.pdf"] = "the manifest itself cautions: DSS calls the signature values not intact, but the same DSS test's manual RSA check succeeds; our RSA verification succeeds too",
        ["esig-dss/dss-pades/test-with-vri.pdf"] = "a real FieldMDP violation: the signature locks all fields (/Action /All) and a later revision changes TestField2 from (TEST2) to (TEST20); DSS relaxes its modification check for this file",
        ["esig-dss/dss-cades/Signature-C-DE_CRY-3.p7m"] = "core CadesValidator policy: an unparseable (non-DER) signature-time-stamp fails the signature, where DSS ignores the timestamp",
        ["pyHanko/test_data/pdf/minimal-broken-xref-size.pdf"] = "by design (issue 12): a /Size smaller than an earlier section's is read, as qpdf, pdfsig, DSS and pyHanko's own non-strict mode read it; only pyHanko's strict mode refuses it (the file has no signature, so nothing is accepted that a reader could see differently)",
        ["pyHanko/test_data/pdf/coverage-anomalies/base.pdf"] = "(low confidence) its /Contents is all zeros, so the signature is reported as garbage (TOTAL_FAILED)",
        ["esig-dss/dss-pades/Signature-P-HU_MIC-3.pdf"] = "(low confidence) nothing asserted; our verdict: intact, untrusted",
        ["esig-dss/dss-pades/Signature-P-BG_BOR-1.pdf"] = "(no expectation) our verdict: intact, untrusted",
    };

    public static string? Reason(string path) => Reasons.TryGetValue(path, out string? reason) ? reason : null;
}
