using Bsre.Sdk.Pdf;
using Bsre.Sdk.Pdf.Validation;
using Bsre.Sdk.Timestamping;
using Bsre.Sdk.Usage;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Client.Tests.Problems;

/// <summary>Every SDK exception type maps to a problem with a stable type, and nothing secret reaches its fields.</summary>
public sealed class BsreProblemTests
{
    private const string Secret = "Rahasia#123 3201010101010001 /srv/keys/agency.p12 http://10.1.2.3/esign/";

    public static TheoryData<Exception, int, string, bool> Exceptions => new()
    {
        { Gateway(BsreErrorCode.InvalidPassphrase), 422, "invalid-passphrase", false },
        { Gateway(BsreErrorCode.InvalidTotp), 422, "invalid-totp", false },
        { Gateway(BsreErrorCode.UserNotRegistered), 422, "signer-not-registered", false },
        { Gateway(BsreErrorCode.CertificateNotActive), 422, "certificate-not-active", false },
        { Gateway(BsreErrorCode.DocumentTooLarge), 413, "document-too-large", false },
        { Gateway(BsreErrorCode.InvalidDocument), 422, "invalid-document", false },
        { Gateway(BsreErrorCode.InvalidRequest), 400, "gateway-rejected-request", false },
        { Gateway(BsreErrorCode.NotFound), 404, "not-found", false },
        { Gateway(BsreErrorCode.Timeout, transient: true), 504, "gateway-timeout", true },
        { Gateway(BsreErrorCode.ServiceUnavailable, transient: true), 503, "gateway-unavailable", true },
        { Gateway(BsreErrorCode.NotSupported), 501, "not-supported", false },
        { Gateway(BsreErrorCode.Unauthorized), 502, "gateway-error", false },
        { Gateway(BsreErrorCode.InvalidResponse), 502, "gateway-error", false },
        { Gateway(BsreErrorCode.Unknown), 502, "gateway-error", false },
        { new DocumentFormatException("The file is not a PDF: no %PDF- header in its first 1024 bytes."), 422, "invalid-document", false },
        { new PdfPasswordException("The PDF is encrypted with a user password; give it."), 422, "pdf-password", false },
        { new SigningKeyException($"The PKCS#12 file '{Secret}' could not be opened: the password is wrong."), 500, "signing-key-unusable", false },
        { new TimestampException(TimestampFailure.ServiceUnavailable, $"TSA {Secret} unreachable"), 503, "timestamp-failed", true },
        { new TimestampException(TimestampFailure.InvalidToken, $"TSA {Secret} answered a bad token"), 502, "timestamp-failed", false },
        { new ValidationDataException($"OCSP {Secret} unreachable"), 503, "validation-data-unavailable", true },
        { new UsageLogFormatException(3, $"bad line {Secret}"), 500, "usage-log-invalid", false },
    };

    [Theory]
    [MemberData(nameof(Exceptions))]
    public void Each_SDK_exception_has_its_problem(Exception exception, int status, string name, bool transient)
    {
        BsreProblem problem = BsreProblem.FromException(exception)!;

        Assert.Equal(status, problem.Status);
        Assert.Equal("urn:bsre-sdk:problem:" + name, problem.Type);
        Assert.Equal(transient, problem.IsTransient);
        Assert.False(string.IsNullOrWhiteSpace(problem.Title));
        Assert.False(string.IsNullOrWhiteSpace(problem.Detail));
        foreach (string secret in Secret.Split(' '))
        {
            Assert.DoesNotContain(secret, problem.Title + problem.Detail, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_gateway_error_code_is_mapped_above()
    {
        var mapped = Exceptions.Select(row => row[0]).OfType<BsreException>().Select(e => e.ErrorCode).ToHashSet();

        Assert.Equal(Enum.GetValues<BsreErrorCode>().Order(), mapped.Order());
    }

    [Fact]
    public void A_PDF_limit_is_an_invalid_document_naming_the_limit()
    {
        var limit = new DocumentLimitException("MaxObjects", 2_000_000, "the document has more objects");

        BsreProblem problem = BsreProblem.FromException(limit)!;

        Assert.Equal(422, problem.Status);
        Assert.Contains("MaxObjects", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Exceptions_that_are_not_the_SDKs_are_left_to_the_host()
    {
        Assert.Null(BsreProblem.FromException(new InvalidOperationException("a bug")));
        Assert.Null(BsreProblem.FromException(new OperationCanceledException()));
    }

    [Fact]
    public void The_gateway_request_id_is_kept_to_quote_to_support()
    {
        var e = new BsreException(BsreErrorCode.ServiceUnavailable, "down") { RequestId = "abc123", IsTransient = true };

        Assert.Equal("abc123", BsreProblem.FromException(e)!.RequestId);
    }

    private static BsreException Gateway(BsreErrorCode code, bool transient = false) =>
        new(code, $"BSrE v1 sign failed ({Secret})") { IsTransient = transient, RequestId = "r1", ServiceMessage = Secret };
}
