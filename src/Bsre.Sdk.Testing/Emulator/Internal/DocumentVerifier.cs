using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Testing.Emulator.Internal;

/// <summary>
/// Verifies a PDF's signatures the simple way: each <c>/ByteRange</c> names the signed bytes and the <c>/Contents</c>
/// CMS between them, which the SDK's <see cref="CadesValidator"/> checks against the emulator's test root (offline,
/// with the test CRLs).
/// </summary>
internal sealed partial class DocumentVerifier
{
    private readonly EmulatorState _state;

    public DocumentVerifier(EmulatorState state) => _state = state;

    public async Task<IReadOnlyList<PdfSignatureCheck>> VerifyAsync(byte[] pdf, CancellationToken cancellationToken)
    {
        string text = Encoding.Latin1.GetString(pdf);
        var checks = new List<PdfSignatureCheck>();
        foreach (Match match in ByteRange().Matches(text))
        {
            long[] range = [.. Enumerable.Range(1, 4).Select(i => long.Parse(match.Groups[i].Value, CultureInfo.InvariantCulture))];
            string name = $"Signature{checks.Count + 1}";
            (string? reason, string? location) = Dictionary(text, match.Index);
            if (range[0] != 0 || range[1] <= 0 || range[2] < range[1] || range[2] + range[3] > pdf.Length)
            {
                checks.Add(new PdfSignatureCheck(name, reason, location, false, null, "the /ByteRange is out of the file"));
                continue;
            }

            byte[] cms = Convert.FromHexString(text.AsSpan((int)range[1], (int)(range[2] - range[1])).Trim().Trim("<>").Trim());
            byte[] content = [.. pdf.AsSpan(0, (int)range[1]), .. pdf.AsSpan((int)range[2], (int)range[3])];
            try
            {
                ValidationReport report = await new CadesValidator(Options()).ValidateAsync(new MemoryStream(cms), new MemoryStream(content), cancellationToken).ConfigureAwait(false);
                checks.Add(new PdfSignatureCheck(name, reason, location, range[2] + range[3] == pdf.Length, report.Signatures.Count > 0 ? report.Signatures[0] : null, null));
            }
            catch (DocumentFormatException e)
            {
                checks.Add(new PdfSignatureCheck(name, reason, location, false, null, e.Message));
            }
        }

        return checks;
    }

    private SignatureValidationOptions Options()
    {
        var options = new SignatureValidationOptions { Offline = true };
        if (_state.HasPki)
        {
            options.TrustAnchors.Add(_state.Pki.Root.Certificate);
            options.ExtraCertificates.Add(_state.Pki.Intermediate.Certificate);
            options.Crls.Add(_state.Pki.IntermediateCrl);
            options.Crls.Add(_state.Pki.RootCrl);
        }

        return options;
    }

    private static (string? Reason, string? Location) Dictionary(string text, int at)
    {
        int start = Math.Max(0, text.LastIndexOf(" obj", at, StringComparison.Ordinal));
        int end = text.IndexOf("endobj", at, StringComparison.Ordinal) is int e and >= 0 ? e : text.Length;
        string dictionary = text[start..end];
        return (Literal(dictionary, "/Reason"), Literal(dictionary, "/Location"));
    }

    private static string? Literal(string dictionary, string key) =>
        Regex.Match(dictionary, Regex.Escape(key) + @"\s*\(((?:\\.|[^\\)])*)\)", RegexOptions.CultureInvariant) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex(@"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", RegexOptions.CultureInvariant)]
    private static partial Regex ByteRange();
}
