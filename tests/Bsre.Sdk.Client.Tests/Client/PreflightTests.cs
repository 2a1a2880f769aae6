using System.Net;
using System.Text;
using Bsre.Sdk.Client.Tests.Fakes;
using Bsre.Sdk.Pdf;
using Bsre.Sdk.Testing;

namespace Bsre.Sdk.Client.Tests.Client;

/// <summary>A PDF the gateway would refuse with an opaque iText error fails before sending, with a typed error naming the problem.</summary>
public sealed class PreflightTests
{
    public static TheoryData<string, PdfPreflightProblem> Faults => new()
    {
        { "truncated", PdfPreflightProblem.Malformed },
        { "not-pdf", PdfPreflightProblem.NotPdf },
        { "empty-mediabox", PdfPreflightProblem.InvalidPageBox },
        { "rotate-45", PdfPreflightProblem.InvalidRotation },
        { "anchor-missing", PdfPreflightProblem.AnchorNotFound },
        { "anchor-twice", PdfPreflightProblem.AnchorNotUnique },
        { "too-large", PdfPreflightProblem.TooLarge },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task A_faulty_pdf_is_refused_before_sending_naming_the_problem(string fault, PdfPreflightProblem expected)
    {
        var handler = FaultyHandler.Answer(HttpStatusCode.OK, "{}", "application/json");
        var checks = new PdfGatewayCheckOptions { MaxDocumentSize = fault == "too-large" ? 100 : 50L * 1024 * 1024 };
        BsreClient client = ClientFactory.Create(handler, o => { o.DocumentChecker = new PdfGatewayChecker(checks); o.MaxRetries = 5; });
        var request = new SignRequest { Signer = SignerId.FromNik("3201010101010001"), Secret = SignerSecret.Passphrase("Rahasia#123") };
        request.Documents.Add(new SignDocument(new MemoryStream(Pdf(fault)), new SignatureProperties { Appearance = SignatureAppearance.Visible, AnchorText = fault == "anchor-missing" ? "$" : "#", Image = new byte[] { 1 } }));

        var error = await Assert.ThrowsAsync<BsreException>(() => client.SignAsync(request));

        Assert.Equal(BsreErrorCode.InvalidDocument, error.ErrorCode);
        Assert.False(error.IsTransient);
        Assert.Equal(expected, Assert.IsType<PdfPreflightException>(error.InnerException).ErrorCode);
        Assert.Contains("pre-flight", error.Message, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task A_sound_pdf_passes_and_a_forward_only_stream_is_still_sent_whole()
    {
        byte[] pdf = SamplePdf.Create();
        string answer = $$"""{"file":["{{Convert.ToBase64String(pdf)}}"],"time":1}""";
        var handler = FaultyHandler.Answer(HttpStatusCode.OK, answer, "application/json");
        BsreClient client = ClientFactory.Create(handler, o => o.DocumentChecker = new PdfGatewayChecker());
        var request = new SignRequest { Signer = SignerId.FromNik("3201010101010001"), Secret = SignerSecret.Passphrase("Rahasia#123") };
        request.Documents.Add(new SignDocument(new ForwardOnly(pdf), new SignatureProperties { Appearance = SignatureAppearance.Visible, AnchorText = "#", Image = new byte[] { 1 } }));

        SignResult result = await client.SignAsync(request);

        Assert.Single(result.Documents);
        Assert.Null(result.Documents[0].LocalValidation);
        Assert.Contains(Convert.ToBase64String(pdf), Assert.Single(handler.Bodies), StringComparison.Ordinal);
    }

    internal static byte[] Pdf(string fault)
    {
        byte[] sample = SamplePdf.Create(fault == "anchor-twice" ? "Tanda tangan # dan # lagi" : "Nota Dinas - ditandatangani oleh #");
        string text = Encoding.Latin1.GetString(sample);
        return fault switch
        {
            "truncated" => Encoding.Latin1.GetBytes(text[..text.IndexOf("xref", StringComparison.Ordinal)] + "%%EOF\n"),
            "not-pdf" => "<html><body>Nota Dinas #</body></html>"u8.ToArray(),
            "empty-mediabox" => Encoding.Latin1.GetBytes(text.Replace("/MediaBox [0 0 595 842]", "/MediaBox [0 0 595   0]", StringComparison.Ordinal)),
            "rotate-45" => Encoding.Latin1.GetBytes(text.Replace("/Type /Page /Parent", "/Rotate  45 /Parent", StringComparison.Ordinal)),
            _ => sample,
        };
    }

    /// <summary>A stream that cannot seek, like a request body.</summary>
    private sealed class ForwardOnly(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;

        public override long Position { get => base.Position; set => throw new NotSupportedException(); }

        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();
    }
}
