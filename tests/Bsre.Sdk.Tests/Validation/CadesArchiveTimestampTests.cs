using Bsre.Sdk.Signing;
using Bsre.Sdk.Tests.Cli;
using Bsre.Sdk.Tests.Fixtures;
using Bsre.Sdk.Tests.PathValidation;
using Bsre.Sdk.Testing;
using Bsre.Sdk.Timestamping;
using Bsre.Sdk.Validation;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Cms;
using Attribute = Org.BouncyCastle.Asn1.Cms.Attribute;

namespace Bsre.Sdk.Tests.Validation;

/// <summary>CAdES B-LTA: the archive-time-stamp-v3 covers the signature and its validation data as they stand.</summary>
public sealed class CadesArchiveTimestampTests(CliFixture fixture) : IClassFixture<CliFixture>, IDisposable
{
    private static readonly DerObjectIdentifier ArchiveTimestampV3 = new("0.4.0.1733.2.4");
    private static readonly DerObjectIdentifier HashIndexV3 = new("0.4.0.19122.1.5");
    private readonly byte[] _content = Cades.Content();
    private readonly HttpClient _http = new();

    [Fact]
    public async Task B_LTA_validates_offline_as_CAdES_BASELINE_LTA()
    {
        byte[] cms = await SignAsync();

        var result = await Cades.ValidateSingleAsync(cms, _content, TrustRoot());

        Assert.True(result.Indication == ValidationIndication.TotalPassed, Cades.Describe(result));
        Assert.Equal("CAdES-BASELINE-LTA", result.Level);
        Assert.Single(CmsSurgery.FirstSigner(cms).UnsignedAttributes!.GetAll(ArchiveTimestampV3));
    }

    [Fact]
    public async Task B_LTA_verifies_in_openssl()
    {
        byte[] cms = await SignAsync();

        var (result, _) = await OpenSsl.VerifyCmsAsync(fixture.NewPath("openssl"), fixture.PkiFile("root.pem"), fixture.PkiFile("intermediate.pem"), cms, _content);

        Assert.True(result.ExitCode == 0, result.StandardError);
    }

    [Fact]
    public async Task Removing_revocation_data_the_archive_timestamp_covers_invalidates_that_timestamp_not_the_signature()
    {
        byte[] cms = CmsSurgery.WithUnsignedAttributes(await SignAsync(), attributes => attributes.Where(a => !a.AttrType.Equals(PkcsObjectIdentifiers.IdAAEtsRevocationValues)));

        var result = await Cades.ValidateSingleAsync(cms, _content, TrustRoot());

        // EN 319 102-1: a timestamp that fails gives no proof of existence; the signature is judged without it (here offline without its revocation data).
        Assert.True(result.SubIndication != SubIndication.HashFailure, Cades.Describe(result));
        TimestampValidationResult archive = Assert.Single(result.Timestamps, t => t.Kind == TimestampKind.Archive);
        Assert.Equal((ValidationIndication.TotalFailed, SubIndication.HashFailure), (archive.Indication, archive.SubIndication));
        Assert.Contains(result.Findings, f => f.Code == "ARCHIVE_TIMESTAMP_INVALID" && f.Message.Contains("archive timestamp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_hash_index_edited_inside_the_token_no_longer_matches_the_imprint()
    {
        // Dropping one listed hash keeps the index a subset of what is present, so only the imprint check can catch it.
        byte[] cms = CmsSurgery.WithUnsignedAttributes(await SignAsync(), attributes => attributes.Select(a => a.AttrType.Equals(ArchiveTimestampV3) ? WithShorterIndex(a) : a));

        var result = await Cades.ValidateSingleAsync(cms, _content, TrustRoot());

        Assert.True(result.Indication == ValidationIndication.TotalFailed && result.SubIndication == SubIndication.HashFailure, Cades.Describe(result));
        Assert.Contains(result.Errors, e => e.Contains("archive timestamp does not match", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_malformed_hash_index_invalidates_that_timestamp_without_refusing_the_file()
    {
        byte[] cms = CmsSurgery.WithUnsignedAttributes(await SignAsync(), attributes => attributes.Select(a => a.AttrType.Equals(ArchiveTimestampV3) ? WithIndex(a, _ => DerInteger.ValueOf(7)) : a));

        var result = await Cades.ValidateSingleAsync(cms, _content, TrustRoot());

        Assert.True(result.SubIndication is not (SubIndication.HashFailure or SubIndication.FormatFailure), Cades.Describe(result));
        TimestampValidationResult archive = Assert.Single(result.Timestamps, t => t.Kind == TimestampKind.Archive);
        Assert.Equal((ValidationIndication.TotalFailed, SubIndication.FormatFailure), (archive.Indication, archive.SubIndication));
        Assert.Contains(result.Findings, f => f.Code == "ARCHIVE_TIMESTAMP_INVALID" && f.Message.Contains("malformed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_attribute_added_after_the_archive_timestamp_does_not_break_it()
    {
        var note = new Attribute(new DerObjectIdentifier("1.3.6.1.4.1.99999.1"), new DerSet(new DerUtf8String("added later")));
        byte[] cms = CmsSurgery.WithUnsignedAttributes(await SignAsync(), attributes => [.. attributes, note]);

        var result = await Cades.ValidateSingleAsync(cms, _content, TrustRoot());

        Assert.True(result.Indication == ValidationIndication.TotalPassed, Cades.Describe(result));
        Assert.Equal("CAdES-BASELINE-LTA", result.Level);
    }

    [SkippableTheory]
    [InlineData("Signature-C-B-LTA-10.p7m")]
    [InlineData("Signature-C-A-XL-1.p7m")]
    [InlineData("Signature-C-CZ_SIX-1.p7m")]
    [InlineData("evidence-record/Signature-C-LTA-d233a2d9-a257-40dc-bcdb-bf4516b6d1da.p7m")]
    public async Task Archive_timestamps_made_by_other_producers_match(string file)
    {
        Skip.If(PkitsCorpus.Directory is null, "The external corpus (../shared/corpus/external beside the repository root) is absent.");
        string path = Path.Combine(PkitsCorpus.Directory!, "..", "esig-dss", "dss-cades", file);
        Skip.IfNot(File.Exists(path), "The EU DSS files (LGPL) are only in ../shared/corpus/external, which is not beside the repository.");
        byte[] cms = await File.ReadAllBytesAsync(path);

        var result = await Cades.ValidateSingleAsync(cms, null, new SignatureValidationOptions { Offline = true });

        // Their roots are not trusted here; reaching the TSA trust check means the imprint (over the ats-hash-index
        // of the v3 or the older form) and the TSA's signature verified.
        Assert.True(result.SubIndication is not (SubIndication.HashFailure or SubIndication.SigCryptoFailure or SubIndication.FormatFailure), Cades.Describe(result));
        Assert.Contains(result.Warnings, w => w.StartsWith("The archive timestamp's TSA certificate is not trusted", StringComparison.Ordinal));
    }

    public void Dispose() => _http.Dispose();

    private async Task<byte[]> SignAsync()
    {
        using var signer = PkiFixture.SignerFor(fixture.Pki.SignerRsa);
        var options = new CadesSignatureOptions
        {
            Level = SignatureLevel.BaselineLTA,
            TimestampClient = new TimestampClient(_http, new TimestampClientOptions { Url = fixture.Services.Tsa.Url }),
        };
        return await Cades.SignDetachedAsync(signer, _content, options, http: _http);
    }

    /// <summary>The archive timestamp attribute with the last unsigned-attribute hash removed from the token's ats-hash-index-v3.</summary>
    private static Attribute WithShorterIndex(Attribute archive) => WithIndex(archive, index =>
    {
        var hashes = Asn1Sequence.GetInstance(index[index.Count - 1]);
        return new DerSequence(index.Cast<Asn1Encodable>().SkipLast(1).Append(new DerSequence(hashes.Cast<Asn1Encodable>().SkipLast(1).ToArray())).ToArray());
    });

    /// <summary>The archive timestamp attribute with the token's ats-hash-index-v3 (an unsigned attribute of the TSA) replaced.</summary>
    private static Attribute WithIndex(Attribute archive, Func<Asn1Sequence, Asn1Encodable> edit)
    {
        var token = new CmsSignedData(archive.AttrValues[0].ToAsn1Object().GetEncoded());
        SignerInformation tsa = token.GetSignerInfos().GetSigners().Single();
        var index = Asn1Sequence.GetInstance(tsa.UnsignedAttributes![HashIndexV3].AttrValues[0]);
        var attributes = tsa.UnsignedAttributes.Remove(HashIndexV3).Add(HashIndexV3, edit(index));
        var edited = CmsSignedData.ReplaceSigners(token, new SignerInformationStore(SignerInformation.ReplaceUnsignedAttributes(tsa, attributes)));
        return new Attribute(ArchiveTimestampV3, new DerSet(Asn1Object.FromByteArray(edited.GetEncoded("DER"))));
    }

    private SignatureValidationOptions TrustRoot() => PkiFixture.Trust(fixture.Pki.Root);
}
