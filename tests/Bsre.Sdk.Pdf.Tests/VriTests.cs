using System.Security.Cryptography;
using Bsre.Sdk.Pdf.Raw;
using Bsre.Sdk.Pdf.Tests.Infrastructure;
using Bsre.Sdk.Pdf.Tests.Validation;
using Bsre.Sdk.Pdf.Validation;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Pdf.Tests;

/// <summary>The DSS /VRI entries of PAdES B-LT and B-LTA outputs (ETSI EN 319 142-1 §5.4.2), and the validator reading them.</summary>
public sealed class VriTests
{
    [SkippableTheory]
    [InlineData(SignatureLevel.BaselineLT)]
    [InlineData(SignatureLevel.BaselineLTA)]
    public async Task The_signature_gets_a_VRI_entry_referencing_the_DSS_streams_it_uses(SignatureLevel level)
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        string output = await ValidationFixture.SignAsync(env, ValidationFixture.Corpus("01-gs-ps2pdf-letter.pdf"), level, name: "vri-" + level);
        await PdfAssert.QpdfCleanAsync(output);
        await PdfAssert.PdfsigAllValidAsync(env, output, requireTotal: level == SignatureLevel.BaselineLTA);

        using var stream = File.OpenRead(output);
        var file = PdfFile.Open(stream);
        var dss = file.ResolveDictionary(file.Catalog["DSS"])!;
        var vri = file.ResolveDictionary(dss["VRI"])!;
        var signature = SignatureLocator.Find(file, new PdfLimits()).Single(s => !s.IsDocumentTimestamp);
        string key = Convert.ToHexString(Sha1(((PdfString)signature.Dictionary["Contents"]!).Value));
        Assert.Equal(key, Assert.Single(vri.Entries).Key); // the B-LTA document timestamp comes after the DSS
        var entry = file.ResolveDictionary(vri[key])!;
        Assert.True(References(file, entry, "Cert").Count >= 3);
        Assert.NotEmpty(References(file, entry, "OCSP").Concat(References(file, entry, "CRL")));
        Assert.Subset(References(file, dss, "Certs"), References(file, entry, "Cert"));
        Assert.Subset(References(file, dss, "OCSPs"), References(file, entry, "OCSP"));
        Assert.Subset(References(file, dss, "CRLs"), References(file, entry, "CRL"));
        Assert.StartsWith("D:", ((PdfString)entry["TU"]!).ToText(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Offline_validation_finds_the_evidence_through_VRI_alone()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        string output = await ValidationFixture.SignAsync(env, ValidationFixture.Corpus("01-gs-ps2pdf-letter.pdf"), SignatureLevel.BaselineLT, name: "vri-only");
        byte[] vriOnly = AttackGenerator.Update(await File.ReadAllBytesAsync(output), (u, f) =>
        {
            var dss = u.Edit((PdfReference)f.Catalog["DSS"]!);
            dss["Certs"] = null;
            dss["OCSPs"] = null;
            dss["CRLs"] = null;
        });

        var report = await ValidationFixture.ValidateAsync(env, vriOnly, offline: true);
        Assert.True(report.Indication == ValidationIndication.TotalPassed, ValidationFixture.Describe(report));
        Assert.Equal("lta-updates", report.Signatures[0].Modifications);
    }

    private static HashSet<int> References(PdfFile file, PdfDictionary dictionary, string key)
        => [.. ((file.Resolve(dictionary[key]) as PdfArray)?.Items ?? []).OfType<PdfReference>().Select(r => r.Number)];

#pragma warning disable CA5350 // SHA-1 is what the VRI key is made of
    private static byte[] Sha1(byte[] data) => SHA1.HashData(data);
#pragma warning restore CA5350
}
