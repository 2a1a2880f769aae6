using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Bsre.Sdk.Testing;
using Bsre.Sdk.TestUtils;
using Bsre.Sdk.Tests.Fixtures;
using Org.BouncyCastle.Asn1.Cmp;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Tsp;

namespace Bsre.Sdk.Tests.TestUtils;

/// <summary>The RFC 3161 test TSA, over real HTTP, in every behavior.</summary>
[Collection(PkiTestGroup.Name)]
public sealed class TimestampAuthorityServerTests(PkiFixture fixture)
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(20) };

    private TestPki Pki => fixture.Pki;

    [SkippableFact]
    public async Task Openssl_query_gets_a_reply_that_openssl_verifies()
    {
        Skip.IfNot(OpenSslCli.IsAvailable, OpenSslCli.NotAvailableMessage);
        await using TimestampAuthorityServer tsa = await TimestampAuthorityServer.StartAsync(Pki.Tsa, Pki.Chain);
        string work = Path.Combine(fixture.Directory, "ts-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        File.Copy(Path.Combine(fixture.Directory, "root.pem"), Path.Combine(work, "root.pem"));
        File.Copy(Path.Combine(fixture.Directory, "intermediate.pem"), Path.Combine(work, "intermediate.pem"));
        await File.WriteAllTextAsync(Path.Combine(work, "document.txt"), "Surat Keputusan (TEST)\n");

        ProcessResult query = await OpenSslCli.RunAsync(work, "ts", "-query", "-data", "document.txt", "-sha256", "-cert", "-out", "request.tsq");
        Assert.True(query.ExitCode == 0, query.Output);

        using HttpResponseMessage response = await PostAsync(tsa.Url, await File.ReadAllBytesAsync(Path.Combine(work, "request.tsq")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/timestamp-reply", response.Content.Headers.ContentType?.MediaType);
        await File.WriteAllBytesAsync(Path.Combine(work, "reply.tsr"), await response.Content.ReadAsByteArrayAsync());

        ProcessResult verify = await OpenSslCli.RunAsync(
            work, "ts", "-verify", "-data", "document.txt", "-in", "reply.tsr", "-CAfile", "root.pem", "-untrusted", "intermediate.pem");
        Assert.True(verify.ExitCode == 0, verify.Output);
        Assert.Contains("Verification: OK", verify.Output, StringComparison.Ordinal);

        ProcessResult verifyWithQuery = await OpenSslCli.RunAsync(
            work, "ts", "-verify", "-queryfile", "request.tsq", "-in", "reply.tsr", "-CAfile", "root.pem", "-untrusted", "intermediate.pem");
        Assert.True(verifyWithQuery.ExitCode == 0, verifyWithQuery.Output);

        ProcessResult text = await OpenSslCli.RunAsync(work, "ts", "-reply", "-in", "reply.tsr", "-text");
        Assert.Contains("Policy OID: " + TimestampAuthorityServer.DefaultPolicyOid, text.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(1, tsa.RequestCount);
    }

    [Theory]
    [InlineData("SHA-256")]
    [InlineData("SHA-384")]
    [InlineData("SHA-512")]
    public async Task Normal_reply_is_granted_signed_by_the_tsa_and_echoes_the_nonce(string hashName)
    {
        await using TimestampAuthorityServer tsa = await TimestampAuthorityServer.StartAsync(Pki.Tsa, Pki.Chain);
        (TimeStampRequest request, TimeStampResponse response) = await TimestampAsync(tsa, hashName);

        Assert.Equal((int)PkiStatus.Granted, response.Status);
        response.Validate(request);
        TimeStampToken token = response.TimeStampToken;
        token.Validate(Pki.Tsa.BouncyCastleCertificate);
        Assert.Equal(request.Nonce, token.TimeStampInfo.Nonce);
        Assert.Equal(TimestampAuthorityServer.DefaultPolicyOid, token.TimeStampInfo.Policy);
        Assert.Equal(3, token.GetCertificates().EnumerateMatches(null).Count());
        Assert.NotNull(token.SignedAttributes[Org.BouncyCastle.Asn1.Pkcs.PkcsObjectIdentifiers.IdAASigningCertificateV2]);
        Assert.InRange(token.TimeStampInfo.GenTime, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task Serial_numbers_increase_and_time_comes_from_the_time_provider()
    {
        var clock = new FixedTimeProvider(new DateTimeOffset(2025, 8, 17, 10, 0, 0, TimeSpan.Zero));
        await using TimestampAuthorityServer tsa = await TimestampAuthorityServer.StartAsync(
            Pki.Tsa, Pki.Chain, new TimestampAuthorityOptions { TimeProvider = clock });

        (_, TimeStampResponse first) = await TimestampAsync(tsa, "SHA-256");
        (_, TimeStampResponse second) = await TimestampAsync(tsa, "SHA-256", certReq: false);

        Assert.True(second.TimeStampToken.TimeStampInfo.SerialNumber.CompareTo(first.TimeStampToken.TimeStampInfo.SerialNumber) > 0);
        Assert.Equal(clock.GetUtcNow().UtcDateTime, first.TimeStampToken.TimeStampInfo.GenTime);
        Assert.Empty(second.TimeStampToken.GetCertificates().EnumerateMatches(null));
        Assert.Equal(2, tsa.RequestCount);
    }

    [Fact]
    public async Task Sha1_imprint_and_rejection_behavior_get_badAlg()
    {
        await using TimestampAuthorityServer tsa = await TimestampAuthorityServer.StartAsync(Pki.Tsa, Pki.Chain);
        (_, TimeStampResponse sha1) = await TimestampAsync(tsa, "SHA-1");
        Assert.Equal((int)PkiStatus.Rejection, sha1.Status);
        Assert.Equal(PkiFailureInfo.BadAlg, sha1.GetFailInfo().IntValue);

        tsa.Behavior = TimestampAuthorityBehavior.Rejection;
        (_, TimeStampResponse rejected) = await TimestampAsync(tsa, "SHA-256");
        Assert.Equal((int)PkiStatus.Rejection, rejected.Status);
        Assert.Equal(PkiFailureInfo.BadAlg, rejected.GetFailInfo().IntValue);
        Assert.Null(rejected.TimeStampToken);
    }

    [Theory]
    [InlineData(TimestampAuthorityBehavior.WrongNonce)]
    [InlineData(TimestampAuthorityBehavior.WrongImprint)]
    public async Task Wrong_nonce_or_imprint_is_validly_signed_but_does_not_match_the_request(TimestampAuthorityBehavior behavior)
    {
        await using TimestampAuthorityServer tsa = await TimestampAuthorityServer.StartAsync(Pki.Tsa, Pki.Chain, behavior);
        (TimeStampRequest request, TimeStampResponse response) = await TimestampAsync(tsa, "SHA-256");

        Assert.Equal((int)PkiStatus.Granted, response.Status);
        response.TimeStampToken.Validate(Pki.Tsa.BouncyCastleCertificate);
        Assert.Throws<TspValidationException>(() => response.Validate(request));
    }

    [Fact]
    public async Task NotTsaCertificate_signs_with_a_certificate_without_timestamping_eku()
    {
        await using TimestampAuthorityServer selfSigned = await TimestampAuthorityServer.StartAsync(
            Pki.Tsa, Pki.Chain, TimestampAuthorityBehavior.NotTsaCertificate);
        (_, TimeStampResponse response) = await TimestampAsync(selfSigned, "SHA-256");
        Assert.Equal((int)PkiStatus.Granted, response.Status);
        Assert.NotEqual(Pki.Tsa.BouncyCastleCertificate.SerialNumber, response.TimeStampToken.SignerID.SerialNumber);
        Assert.Throws<TspValidationException>(() => response.TimeStampToken.Validate(Pki.Tsa.BouncyCastleCertificate));

        await using TimestampAuthorityServer trusted = await TimestampAuthorityServer.StartAsync(
            Pki.Tsa, Pki.Chain, new TimestampAuthorityOptions { Behavior = TimestampAuthorityBehavior.NotTsaCertificate, NotTsaSigner = Pki.SignerRsa });
        (_, TimeStampResponse bySigner) = await TimestampAsync(trusted, "SHA-256");
        Assert.Equal(Pki.SignerRsa.BouncyCastleCertificate.SerialNumber, bySigner.TimeStampToken.SignerID.SerialNumber);
        TspValidationException e = Assert.Throws<TspValidationException>(() => bySigner.TimeStampToken.Validate(Pki.SignerRsa.BouncyCastleCertificate));
        Assert.Contains("ExtendedKeyUsage", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Garbage_is_unparseable_with_the_right_content_type()
    {
        await using TimestampAuthorityServer tsa = await TimestampAuthorityServer.StartAsync(Pki.Tsa, Pki.Chain, TimestampAuthorityBehavior.Garbage);
        using HttpResponseMessage response = await PostAsync(tsa.Url, NewRequest("SHA-256", true).GetEncoded());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/timestamp-reply", response.Content.Headers.ContentType?.MediaType);
        byte[] body = await response.Content.ReadAsByteArrayAsync();
        Assert.ThrowsAny<Exception>(() => new TimeStampResponse(body));
    }

    [Fact]
    public async Task HtmlError_returns_500_html()
    {
        await using TimestampAuthorityServer tsa = await TimestampAuthorityServer.StartAsync(Pki.Tsa, Pki.Chain, TimestampAuthorityBehavior.HtmlError);
        using HttpResponseMessage response = await PostAsync(tsa.Url, NewRequest("SHA-256", true).GetEncoded());

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Slow_can_be_cancelled_by_the_client_and_does_not_block_shutdown()
    {
        TimestampAuthorityServer tsa = await TimestampAuthorityServer.StartAsync(Pki.Tsa, Pki.Chain, TimestampAuthorityBehavior.Slow);
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
            var stopwatch = Stopwatch.StartNew();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => PostAsync(tsa.Url, NewRequest("SHA-256", true).GetEncoded(), timeout.Token));
            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10));

            Task<HttpResponseMessage> pending = PostAsync(tsa.Url, NewRequest("SHA-256", true).GetEncoded());
            await Task.Delay(200);
            stopwatch.Restart();
            await tsa.DisposeAsync();
            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"Dispose took {stopwatch.Elapsed}.");
            await Assert.ThrowsAnyAsync<Exception>(async () => (await pending).EnsureSuccessStatusCode());
        }
        finally
        {
            await tsa.DisposeAsync();
        }
    }

    [Fact]
    public async Task Http_errors_for_wrong_method_content_type_or_path()
    {
        await using TimestampAuthorityServer tsa = await TimestampAuthorityServer.StartAsync(Pki.Tsa, Pki.Chain);
        Assert.Equal("/tsa", tsa.Url.AbsolutePath);
        Assert.Equal("127.0.0.1", tsa.Url.Host);

        using HttpResponseMessage get = await Http.GetAsync(tsa.Url);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);

        using var wrongType = new ByteArrayContent([1, 2, 3]);
        wrongType.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using HttpResponseMessage unsupported = await Http.PostAsync(tsa.Url, wrongType);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, unsupported.StatusCode);

        using HttpResponseMessage notFound = await PostAsync(new Uri(tsa.Url, "/other"), [1, 2, 3]);
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);

        using HttpResponseMessage malformed = await PostAsync(tsa.Url, [1, 2, 3]);
        var reply = new TimeStampResponse(await malformed.Content.ReadAsByteArrayAsync());
        Assert.Equal((int)PkiStatus.Rejection, reply.Status);
        Assert.Equal(PkiFailureInfo.BadDataFormat, reply.GetFailInfo().IntValue);
        Assert.Equal(3, tsa.RequestCount);
    }

    private static TimeStampRequest NewRequest(string hashName, bool certReq)
    {
        string oid = hashName switch
        {
            "SHA-1" => TspAlgorithms.Sha1,
            "SHA-256" => TspAlgorithms.Sha256,
            "SHA-384" => TspAlgorithms.Sha384,
            _ => TspAlgorithms.Sha512,
        };
        byte[] digest = Org.BouncyCastle.Security.DigestUtilities.CalculateDigest(hashName, "dokumen"u8.ToArray());
        var generator = new TimeStampRequestGenerator();
        generator.SetCertReq(certReq);
        return generator.Generate(oid, digest, new BigInteger(1, RandomNumberGenerator.GetBytes(8)));
    }

    private static async Task<(TimeStampRequest Request, TimeStampResponse Response)> TimestampAsync(
        TimestampAuthorityServer tsa, string hashName, bool certReq = true)
    {
        TimeStampRequest request = NewRequest(hashName, certReq);
        using HttpResponseMessage response = await PostAsync(tsa.Url, request.GetEncoded());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (request, new TimeStampResponse(await response.Content.ReadAsByteArrayAsync()));
    }

    private static async Task<HttpResponseMessage> PostAsync(Uri url, byte[] body, CancellationToken cancellationToken = default)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/timestamp-query");
        return await Http.PostAsync(url, content, cancellationToken);
    }
}
