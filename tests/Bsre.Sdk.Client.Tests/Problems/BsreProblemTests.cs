using Bsre.Sdk.Pdf;
using Bsre.Sdk.Pdf.Validation;
using Bsre.Sdk.Pkcs11;
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
        { new Pkcs11SignerException(Pkcs11ErrorCode.PinIncorrect, $"The token in {Secret} refused the PIN."), 500, "signing-key-unusable", false },
        { new Pkcs11SignerException(Pkcs11ErrorCode.TokenError, $"The token in {Secret} failed."), 503, "signing-key-unusable", true },
        { new PdfPreflightException(PdfPreflightProblem.NoPages, "its page tree has no page."), 422, "invalid-document", false },
        { new PdfPreflightException(PdfPreflightProblem.TooLarge, "it is 2,000,000 bytes, more than the 1,000,000 allowed."), 413, "document-too-large", false },
    };

    /// <summary>The category each exception stands for; the <c>bsre</c> tool's exit codes follow it (docs/cli.md).</summary>
    public static TheoryData<Exception, BsreErrorCategory> Categories => new()
    {
        { Gateway(BsreErrorCode.InvalidPassphrase), BsreErrorCategory.Refused },
        { Gateway(BsreErrorCode.Unknown), BsreErrorCategory.Refused },
        { Gateway(BsreErrorCode.NotFound), BsreErrorCategory.Unavailable },
        { Gateway(BsreErrorCode.InvalidResponse), BsreErrorCategory.Unavailable },
        { Gateway(BsreErrorCode.DocumentTooLarge), BsreErrorCategory.InvalidInput },
        { new DocumentLimitException("MaxObjects", 10, "too many"), BsreErrorCategory.InvalidInput },
        { new PdfFontException("no glyph for 'ŋ'"), BsreErrorCategory.InvalidInput },
        { new PdfPasswordException("wrong password"), BsreErrorCategory.InvalidInput },
        { new TimestampException(TimestampFailure.Unauthorized, "TSA refused"), BsreErrorCategory.Unavailable },
        { new ValidationDataException("OCSP unreachable"), BsreErrorCategory.Unavailable },
        { new Pkcs11SignerException(Pkcs11ErrorCode.PinLocked, "locked"), BsreErrorCategory.Refused },
        { new Pkcs11SignerException(Pkcs11ErrorCode.KeyNotFound, "no key"), BsreErrorCategory.NotFound },
        { new Pkcs11SignerException(Pkcs11ErrorCode.KeyAmbiguous, "two keys"), BsreErrorCategory.Configuration },
        { new Pkcs11SignerException(Pkcs11ErrorCode.MechanismNotSupported, "no PSS"), BsreErrorCategory.InvalidInput },
    };

    [Theory]
    [MemberData(nameof(Categories))]
    public void Each_SDK_exception_has_its_category(Exception exception, BsreErrorCategory category)
    {
        Assert.Equal(category, BsreProblem.FromException(exception)!.Category);
    }

    [Fact]
    public void Every_public_exception_of_the_SDK_is_an_SDK_exception()
    {
        Type[] exceptions = [.. new[] { typeof(BsreProblem).Assembly, typeof(PdfPasswordException).Assembly, typeof(Testing.TestPki).Assembly }
            .SelectMany(assembly => assembly.GetExportedTypes())
            .Where(type => type.IsSubclassOf(typeof(Exception)))];

        Assert.NotEmpty(exceptions);
        Assert.All(exceptions, type => Assert.True(type.IsAssignableTo(typeof(BsreSdkException)), $"{type.FullName} is not a BsreSdkException"));
    }

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
