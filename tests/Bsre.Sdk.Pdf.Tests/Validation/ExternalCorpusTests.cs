using System.Globalization;
using System.Text;
using Bsre.Sdk.Pdf.Tests.Infrastructure;
using Bsre.Sdk.Pdf.Validation;
using Bsre.Sdk.Validation;
using Xunit.Abstractions;

namespace Bsre.Sdk.Pdf.Tests.Validation;

/// <summary>
/// Runs the validators over ../shared/corpus/external (EU DSS and pyHanko test files) and compares each verdict
/// with MANIFEST.tsv: at least 97% of the high- and medium-confidence rows must agree (and of the CMS rows alone), and
/// every disagreement must be one of the explained ones in <see cref="CorpusDisagreements"/>, which lists no row that
/// agrees. The PDF rows run through PadesValidator, the CMS rows (dss-cades) through the core's CadesValidator; each
/// kind is reported in its own figure. (The PKITS rows are path-validation vectors, run by Bsre.Sdk.Tests' PkitsTests.)
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
        var tally = new Dictionary<string, (int Counted, int Agreed)> { ["PDF"] = (0, 0), ["CMS"] = (0, 0) };
        var unexplained = new List<string>();
        var stale = new List<string>();
        foreach (CorpusRow row in rows)
        {
            CorpusVerdict verdict = await ValidateAsync(Path.Combine(root, row.Path));
            bool agrees = verdict.Agrees(row.Expected);
            string? reason = CorpusDisagreements.Reason(row.Path);
            if (row.Counts)
            {
                string kind = row.Path.EndsWith(".pdf", StringComparison.Ordinal) ? "PDF" : "CMS";
                tally[kind] = (tally[kind].Counted + 1, tally[kind].Agreed + (agrees ? 1 : 0));
                if (!agrees && reason is null)
                {
                    unexplained.Add(row.Path);
                }

                if (agrees && reason is not null)
                {
                    stale.Add(row.Path);
                }
            }

            table.AppendLine(CultureInfo.InvariantCulture, $"{(agrees ? "agree" : "DIFFER")} | {row.Confidence,-6} | {row.Path} | expected: {row.Expected[..Math.Min(60, row.Expected.Length)]} | ours: {verdict.Summary}{(agrees || reason is null ? string.Empty : " | why: " + reason)}");
        }

        (int counted, int agreed) = (tally.Values.Sum(t => t.Counted), tally.Values.Sum(t => t.Agreed));
        double Rate(int a, int c) => 100.0 * a / Math.Max(1, c);
        foreach (var (kind, (c, a)) in tally)
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"agreement on high+medium {kind} rows ({(kind == "PDF" ? "PadesValidator" : "CadesValidator")}): {a}/{c} = {Rate(a, c):F1}%");
        }

        table.AppendLine(CultureInfo.InvariantCulture, $"agreement on the corpus (all high+medium signature rows): {agreed}/{counted} = {Rate(agreed, counted):F1}%");
        output.WriteLine(table.ToString());
        await File.WriteAllTextAsync(Path.Combine(Path.GetTempPath(), "bsre-pdf-corpus-agreement.txt"), table.ToString());
        Assert.True(Rate(agreed, counted) >= 97, $"corpus agreement {Rate(agreed, counted):F1}% < 97%");
        Assert.True(Rate(tally["CMS"].Agreed, tally["CMS"].Counted) >= 97, $"CMS agreement {Rate(tally["CMS"].Agreed, tally["CMS"].Counted):F1}% < 97%");

        // 90 PDF rows: each explained disagreement costs 1.1 points; the three left are principled (CorpusDisagreements)
        Assert.True(Rate(tally["PDF"].Agreed, tally["PDF"].Counted) >= 96.5, $"PDF agreement {Rate(tally["PDF"].Agreed, tally["PDF"].Counted):F1}% < 96.5%");
        Assert.True(unexplained.Count == 0, "unexplained disagreements: " + string.Join(", ", unexplained));
        Assert.True(stale.Count == 0, "listed as disagreeing but now agreeing (remove from CorpusDisagreements): " + string.Join(", ", stale));
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
                ? await new PadesValidator(options).ValidateAsync(path, Passwords.GetValueOrDefault(Path.GetFileName(path), "usersecret").AsMemory(), cancel.Token)
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
