using System.CommandLine;
using Bsre.Sdk.Pdf.Validation;

namespace Bsre.Sdk.Cli.Infrastructure;

/// <summary>The options of <c>bsre pdf verify</c> that change the bounds on hostile input (<see cref="PdfLimits"/>); an exceeded bound exits 65.</summary>
internal sealed class LimitOptions
{
    private readonly Option<long?> _documentBytes = new("--max-document-bytes") { Description = "Most stream bytes read and decoded from the document in all (default 134217728)" };
    private readonly Option<int?> _streamBytes = new("--max-stream-bytes") { Description = "Largest size of one stream, raw or decoded (default 67108864)" };
    private readonly Option<int?> _timeout = new("--timeout") { Description = "Seconds the validation of the document may take (default 120)" };

    public void AddTo(Command command)
    {
        command.Options.Add(_documentBytes);
        command.Options.Add(_streamBytes);
        command.Options.Add(_timeout);
    }

    public PdfLimits Read(ParseResult parse)
    {
        var limits = new PdfLimits();
        limits.MaxDocumentBytes = Positive(parse.GetValue(_documentBytes), "--max-document-bytes") ?? limits.MaxDocumentBytes;
        limits.MaxStreamLength = (int?)Positive(parse.GetValue(_streamBytes), "--max-stream-bytes") ?? limits.MaxStreamLength;
        limits.Timeout = Positive(parse.GetValue(_timeout), "--timeout") is long seconds ? TimeSpan.FromSeconds(seconds) : limits.Timeout;
        return limits;
    }

    private static long? Positive(long? value, string name)
        => value is null or > 0 ? value : throw CliException.Usage($"{name} must be a positive number.");
}
