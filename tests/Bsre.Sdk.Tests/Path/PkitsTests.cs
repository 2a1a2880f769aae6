using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Bsre.Sdk.Validation;
using Bsre.Sdk.Validation.Revocation;
using Xunit.Abstractions;

namespace Bsre.Sdk.Tests.PathValidation;

/// <summary>
/// Runs every path test of NIST PKITS (../shared/corpus/external/nist-pkits/EXPECTED.tsv) through
/// <see cref="CertificatePathValidator"/> and reports how many verdicts agree: expected VALID with our
/// TOTAL_PASSED, expected INVALID with anything else. The disagreements must be exactly
/// <see cref="KnownDisagreements"/>, so a regression fails and a fix updates the list.
/// </summary>
public sealed class PkitsTests(ITestOutputHelper output)
{
    /// <summary>A time inside the validity of every PKITS certificate and CRL (2010-01-01 to 2030-12-31).</summary>
    private static readonly DateTimeOffset ValidationTime = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The PKITS test ids whose verdict we knowingly differ on: none since indirect CRLs and onlySomeReasons are supported (256/256).</summary>
    private static readonly string[] KnownDisagreements = [];

    [SkippableFact]
    public async Task Pkits_path_tests_agree_except_the_known_disagreements()
    {
        Skip.If(PkitsCorpus.Directory is null, "The NIST PKITS corpus (../shared/corpus/external/nist-pkits, or tests/shared) is absent.");
        var rows = PkitsRow.Load(PkitsCorpus.File("EXPECTED.tsv"));
        var anchor = X509CertificateLoader.LoadCertificateFromFile(PkitsCorpus.File("certs/TrustAnchorRootCertificate.crt"));
        var cache = new PathCache();

        var table = new StringBuilder("id\tname\texpected\tours\tagree\treason\n");
        var disagreements = new List<string>();
        foreach (var row in rows)
        {
            PathValidationResult result = await ValidateAsync(row, anchor, cache);
            bool agree = row.ExpectValid == result.IsValid;
            if (!agree)
            {
                disagreements.Add(row.Id);
            }

            string ours = result.IsValid ? "TOTAL_PASSED" : $"{result.Indication}/{result.SubIndication}";
            table.Append(CultureInfo.InvariantCulture, $"{row.Id}\t{row.Name}\t{(row.ExpectValid ? "VALID" : "INVALID")}\t{ours}\t{(agree ? "yes" : "NO")}\t{string.Join(" ", result.Errors)}\n");
        }

        int agreed = rows.Count - disagreements.Count;
        double agreement = (double)agreed / rows.Count;
        table.Append(CultureInfo.InvariantCulture, $"# agreement: {agreed}/{rows.Count} = {agreement:P1}\n");
        output.WriteLine(table.ToString());
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "pkits-agreement.tsv"), table.ToString());
        Assert.True(
            disagreements.SequenceEqual(KnownDisagreements),
            $"PKITS agreement {agreed}/{rows.Count} = {agreement:P1}; disagreements [{string.Join(", ", disagreements)}], known [{string.Join(", ", KnownDisagreements)}].");
    }

    private static async Task<PathValidationResult> ValidateAsync(PkitsRow row, X509Certificate2 anchor, PathCache cache)
    {
        var options = new SignatureValidationOptions { Offline = true, FetchIssuerCertificates = false, ValidationTime = ValidationTime };
        options.TrustAnchors.Add(anchor);
        var candidates = row.OtherCertificates.Select(c => X509CertificateLoader.LoadCertificateFromFile(PkitsCorpus.File(c))).ToArray();
        var target = X509CertificateLoader.LoadCertificateFromFile(PkitsCorpus.File(row.Certificate));
        IRevocationChecker? checker = row.CheckRevocation ? new RevocationChecker(options, httpClient: null, new RevocationCache()) : null;
        var evidence = new RevocationEvidence([.. row.Crls.Select(c => File.ReadAllBytes(PkitsCorpus.File(c)))], []);
        var validator = new CertificatePathValidator(options, checker, httpClient: null, row.Policies, cache);
        return await validator.ValidateAsync(target, candidates, ValidationTime, CertificateUsage.Any, evidence, CancellationToken.None);
    }
}
