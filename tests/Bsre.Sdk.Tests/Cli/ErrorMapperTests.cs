using Bsre.Sdk.Cli.Infrastructure;
using Bsre.Sdk.Pdf;
using Bsre.Sdk.Pkcs11;
using Bsre.Sdk.Timestamping;
using Bsre.Sdk.Usage;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Tests.Cli;

/// <summary>
/// The exit code of every SDK exception, as the <c>bsre</c> contract (docs/cli.md) fixes it: derived from the exception's
/// <see cref="BsreErrorCategory"/>, with the hint naming the option to check.
/// </summary>
public sealed class ErrorMapperTests
{
    public static TheoryData<Exception, int, string> Exceptions => new()
    {
        { new DocumentFormatException("not a CMS."), 65, "not a CMS." },
        { new DocumentLimitException("MaxObjects", 10, "too many objects"), 65, "Raise the limit only for documents you trust." },
        { new PdfFontException("no glyph."), 65, "no glyph." },
        { new SigningKeyException("wrong password."), 65, "wrong password." },
        { new PdfPasswordException("encrypted."), 65, "--pdf-password-env NAME" },
        { new UsageLogFormatException(2, "not JSON."), 65, "Line 2: not JSON." },
        { new PdfPreflightException(PdfPreflightProblem.NoPages, "no page."), 65, "no page." },
        { new TimestampException(TimestampFailure.Unauthorized, "401."), 69, "--tsa-user" },
        { new TimestampException(TimestampFailure.ServiceUnavailable, "down."), 69, "Check --tsa" },
        { new ValidationDataException("no OCSP."), 69, "OCSP responders and CRL distribution points are reachable" },
        { new Pkcs11SignerException(Pkcs11ErrorCode.PinIncorrect, "PIN refused."), 77, "Check --pin-env or --pin-file." },
        { new Pkcs11SignerException(Pkcs11ErrorCode.PinExpired, "PIN expired."), 77, "Check --pin-env" },
        { new Pkcs11SignerException(Pkcs11ErrorCode.ModuleNotFound, "no module."), 66, "no module." },
        { new Pkcs11SignerException(Pkcs11ErrorCode.CertificateNotFound, "no certificate."), 66, "no certificate." },
        { new Pkcs11SignerException(Pkcs11ErrorCode.KeyAmbiguous, "two keys."), 64, "Give --pkcs11-key LABEL." },
        { new Pkcs11SignerException(Pkcs11ErrorCode.MechanismNotSupported, "no PSS."), 65, "no PSS." },
        { new Pkcs11SignerException(Pkcs11ErrorCode.TokenError, "token failed."), 69, "token failed." },
    };

    public static TheoryData<BsreErrorCode, int> GatewayCodes => new()
    {
        { BsreErrorCode.InvalidPassphrase, 77 },
        { BsreErrorCode.InvalidTotp, 77 },
        { BsreErrorCode.UserNotRegistered, 77 },
        { BsreErrorCode.CertificateNotActive, 77 },
        { BsreErrorCode.Unauthorized, 77 },
        { BsreErrorCode.Unknown, 77 },
        { BsreErrorCode.ServiceUnavailable, 69 },
        { BsreErrorCode.Timeout, 69 },
        { BsreErrorCode.InvalidResponse, 69 },
        { BsreErrorCode.NotSupported, 69 },
        { BsreErrorCode.NotFound, 69 },
        { BsreErrorCode.InvalidRequest, 65 },
        { BsreErrorCode.DocumentTooLarge, 65 },
        { BsreErrorCode.InvalidDocument, 65 },
    };

    [Theory]
    [MemberData(nameof(Exceptions))]
    public void Each_SDK_exception_exits_with_its_contract_code(Exception exception, int exitCode, string inMessage)
    {
        (int code, string message) = ErrorMapper.Map(exception);

        Assert.Equal(exitCode, code);
        Assert.Contains(inMessage, message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(GatewayCodes))]
    public void Each_gateway_error_exits_with_its_contract_code(BsreErrorCode errorCode, int exitCode)
    {
        (int code, string message) = ErrorMapper.Map(new BsreException(errorCode, "BSrE v1 sign failed."));

        Assert.Equal(exitCode, code);
        Assert.Equal("BSrE v1 sign failed.", message);
    }

    [Fact]
    public void Every_gateway_error_code_has_its_row()
    {
        Assert.Equal(Enum.GetValues<BsreErrorCode>().Order(), GatewayCodes.Select(row => (BsreErrorCode)row[0]).Order());
    }
}
