using System.Globalization;
using System.Text;
using Bsre.Sdk.Pdf.Tests.Infrastructure;
using Bsre.Sdk.Pdf.Validation;
using Bsre.Sdk.Validation;
using Xunit.Abstractions;

namespace Bsre.Sdk.Pdf.Tests.Validation;

/// <summary>
/// Runs the validators over ../shared/corpus/external (EU DSS and pyHanko test files) and compares each verdict
/// with MANIFEST.tsv: at least 95% of the high- and medium-confidence rows must agree, and every disagreement must
/// be one of the explained ones in <see cref="CorpusDisagreements"/>. The CMS rows (dss-cades) are run through the core's
/// CadesValidator and reported in a second figure. (The PKITS rows are path-validation vectors, run by Bsre.Sdk.Tests' PkitsTests.)
/// </summary>
public sealed class ExternalCorpusTests(ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Verdicts_agree_with_the_manifest()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        string root = Path.Combine(SharedPaths.SharedRoot!, "corpus", "external");
        var rows = CorpusRow.Load(Path.Combine(root, "MANIFEST.tsv")).Where(r => r.IsSignatureFile).ToList();
        var table = new StringBuilder();
        int counted = 0, agreed = 0, pdfCounted = 0, pdfAgreed = 0;
        var unexplained = new List<string>();
        foreach (CorpusRow row in rows)
        {
            CorpusVerdict verdict = await ValidateAsync(Path.Combine(root, row.Path));
            bool agrees = verdict.Agrees(row.Expected);
            if (row.Counts)
            {
                counted++;
                agreed += agrees ? 1 : 0;
                bool pdf = row.Path.EndsWith(".pdf", StringComparison.Ordinal);
                pdfCounted += pdf ? 1 : 0;
                pdfAgreed += pdf && agrees ? 1 : 0;
            }

            string? reason = agrees ? null : CorpusDisagreements.Reason(row.Path);
            if (!agrees && row.Counts && reason is null)
            {
                unexplained.Add(row.Path);
            }

            table.AppendLine(CultureInfo.InvariantCulture, $"{(agrees ? "agree" : "DIFFER")} | {row.Confidence,-6} | {row.Path} | expected: {row.Expected[..Math.Min(60, row.Expected.Length)]} | ours: {verdict.Summary}{(reason is null ? string.Empty : " | why: " + reason)}");
        }

        double rate = pdfCounted == 0 ? 0 : 100.0 * pdfAgreed / pdfCounted;
        table.AppendLine(CultureInfo.InvariantCulture, $"agreement on high+medium PDF rows (PadesValidator): {pdfAgreed}/{pdfCounted} = {rate:F1}%");
        table.AppendLine(CultureInfo.InvariantCulture, $"agreement on all high+medium signature rows (PDF + CMS through CadesValidator): {agreed}/{counted} = {100.0 * agreed / Math.Max(1, counted):F1}%");
        output.WriteLine(table.ToString());
        await File.WriteAllTextAsync(Path.Combine(Path.GetTempPath(), "bsre-pdf-corpus-agreement.txt"), table.ToString());
        Assert.True(rate >= 95, $"agreement {rate:F1}% < 95%");
        Assert.True(unexplained.Count == 0, "unexplained disagreements: " + string.Join(", ", unexplained));
    }

    /// <summary>The passwords the manifest names for encrypted rows; the others are pyHanko's user password (ignored by unencrypted files).</summary>
    private static readonly Dictionary<string, string> Passwords = new(StringComparer.Ordinal)
    {
        ["minimal-aes256-empty-encrypted-string.pdf"] = "secret",
        ["minimal-aes256-malformed-oe.pdf"] = "usersecret",
        ["minimal-aes256-malformed-perms.pdf"] = "usersecret",
    };

    internal static async Task<CorpusVerdict> ValidateAsync(string path)
    {
        var options = new SignatureValidationOptions { Offline = true };
        try
        {
            using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            ValidationReport report = path.EndsWith(".pdf", StringComparison.Ordinal)
                ? await new PadesValidator(options) { PdfPassword = Passwords.GetValueOrDefault(Path.GetFileName(path), "usersecret").AsMemory() }.ValidateAsync(path, cancel.Token)
                : await ValidateCmsAsync(options, path, cancel.Token);
            return new CorpusVerdict(report, null);
        }
        catch (Exception e) when (e is DocumentFormatException or PdfPasswordException)
        {
            return new CorpusVerdict(null, e.Message);
        }
    }

    private static async Task<ValidationReport> ValidateCmsAsync(SignatureValidationOptions options, string path, CancellationToken cancellationToken)
    {
        await using var signature = File.OpenRead(path);
        return await new CadesValidator(options).ValidateAsync(signature, null, cancellationToken);
    }
}
