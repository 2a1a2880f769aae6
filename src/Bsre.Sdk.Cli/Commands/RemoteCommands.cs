using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Bsre.Sdk.Cli.Infrastructure;
using Bsre.Sdk.Client;
using Bsre.Sdk.Pdf;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Cli.Commands;

/// <summary><c>bsre remote status|sign|verify</c>: the BSrE gateway through <see cref="BsreClient"/>.</summary>
internal static class RemoteCommands
{
    public static Command Create(CliContext context) => new("remote", "Use a BSrE gateway (Esign Client Service)") { Status(context), Sign(context), Verify(context), RemoteSealCommands.Create(context) };

    private static Command Status(CliContext context)
    {
        var gateway = new GatewayOptions();
        var nik = Nik();
        var api = Api();
        var command = new Command("status", "Print a signer's certificate status (e.g. ISSUE)") { nik, api };
        gateway.AddTo(command);
        context.SetAction(command, async (parse, cancellationToken) =>
        {
            BsreClient client = gateway.CreateClient(parse);
            string id = parse.GetRequiredValue(nik);
            UserStatusResult status = parse.GetValue(api) == "v2"
                ? await client.GetUserStatusAsync(SignerId.FromNik(id), cancellationToken).ConfigureAwait(false)
                : await client.GetUserStatusV1Async(id, cancellationToken).ConfigureAwait(false);
            await context.Output.WriteLineAsync(status.ToString()).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Sign(CliContext context)
    {
        var gateway = new GatewayOptions();
        var input = CommonOptions.Input("PDF to sign");
        var output = CommonOptions.Output("Where to write the signed PDF");
        var nik = Nik();
        var passphrase = new SecretOption("passphrase", "signer's certificate passphrase");
        var api = Api();
        var appearance = new RemoteAppearanceOptions();
        var command = new Command("sign", "Sign a PDF through the gateway (API v1 by default)") { input, output, nik, api };
        gateway.AddTo(command);
        gateway.AddSigningTo(command);
        passphrase.AddTo(command);
        appearance.AddTo(command);
        context.SetAction(command, async (parse, cancellationToken) =>
        {
            RemoteSignature signature = appearance.Read(parse, parse.GetValue(api) == "v2");
            string secret = passphrase.Read(parse);
            BsreClient client = gateway.CreateClient(parse);
            FileInfo inputFile = parse.GetRequiredValue(input);
            FileInfo outputFile = parse.GetRequiredValue(output);
            await using FileStream document = InputFiles.Open(inputFile, "--in");
            SignedDocument signed;
            if (parse.GetValue(api) == "v2")
            {
                var request = new SignRequest { Signer = SignerId.FromNik(parse.GetRequiredValue(nik)), Secret = SignerSecret.Passphrase(secret) };
                request.Documents.Add(new SignDocument(document, signature.ToV2()));
                signed = (await client.SignAsync(request, cancellationToken).ConfigureAwait(false)).Documents[0];
            }
            else
            {
                await using FileStream? image = signature.ImageFile is null ? null : InputFiles.Open(signature.ImageFile, "--image");
                SignV1Request request = signature.ToV1(parse.GetRequiredValue(nik), secret, document, image);
                signed = await client.SignV1Async(request, cancellationToken).ConfigureAwait(false);
            }

            await using (signed.ConfigureAwait(false))
            {
                await AtomicFile.WriteAsync(outputFile.FullName, s => signed.CopyToAsync(s, cancellationToken), cancellationToken).ConfigureAwait(false);
                await context.Output.WriteLineAsync($"Signed {inputFile.Name} through {client.BaseAddress}: {outputFile.FullName}"
                    + (signed.DocumentId is null ? string.Empty : $" (id_dokumen {signed.DocumentId})")).ConfigureAwait(false);
                return await ReportLocalValidationAsync(context, signed).ConfigureAwait(false);
            }
        });
        return command;
    }

    private static Command Verify(CliContext context)
    {
        var gateway = new GatewayOptions();
        var input = CommonOptions.Input("The signed PDF");
        var api = Api();
        var json = CommonOptions.Json();
        var command = new Command("verify", "Print the gateway's own verification of a PDF") { input, api, json };
        gateway.AddTo(command);
        context.SetAction(command, async (parse, cancellationToken) =>
        {
            BsreClient client = gateway.CreateClient(parse);
            FileInfo file = parse.GetRequiredValue(input);
            await using FileStream document = InputFiles.Open(file, "--in");
            VerificationResult result = parse.GetValue(api) == "v1"
                ? await client.VerifyV1Async(document, cancellationToken).ConfigureAwait(false)
                : await client.VerifyAsync(document, cancellationToken: cancellationToken).ConfigureAwait(false);
            await context.Output.WriteLineAsync(parse.GetValue(json) ? JsonSerializer.Serialize(result, CliJson.Default.VerificationResult) : Text(file.Name, result)).ConfigureAwait(false);
            return result.SignatureCount == 0 ? ExitCodes.NoSignature : result.IsValid ? ExitCodes.Success : ExitCodes.VerifyFailed;
        });
        return command;
    }

    /// <summary>Prints the local validation of a returned PDF (--trust); its exit code is that of <c>bsre pdf verify</c>.</summary>
    internal static async Task<int> ReportLocalValidationAsync(CliContext context, SignedDocument signed)
    {
        if (signed.LocalValidation is not { } report)
        {
            return ExitCodes.Success;
        }

        foreach (var result in report.Signatures)
        {
            await context.Output.WriteLineAsync(
                $"  checked locally: {result.Id}: {result.Indication.ToEtsiName()}, level {result.Level ?? "none"}, timestamp {(result.TimestampTime is null ? "none" : "present")}").ConfigureAwait(false);
        }

        return report.Indication switch
        {
            Validation.ValidationIndication.TotalPassed => ExitCodes.Success,
            Validation.ValidationIndication.TotalFailed => ExitCodes.VerifyFailed,
            _ => ExitCodes.VerifyIndeterminate,
        };
    }

    private static Option<string> Nik() => new("--nik") { Description = "The signer's NIK", Required = true };

    private static Option<string> Api() => new Option<string>("--api") { Description = "Gateway API version", DefaultValueFactory = _ => "v1" }.AcceptOnlyFromAmong("v1", "v2");

    private static string Text(string name, VerificationResult result) =>
        string.Create(CultureInfo.InvariantCulture, $"{name}: {result.Conclusion ?? (result.IsValid ? "VALID" : "INVALID")} ({result.SignatureCount} signature(s)){(result.Description is null ? string.Empty : $"\n  {result.Description}")}")
        + string.Concat(result.Signatures.Select(s => string.Create(CultureInfo.InvariantCulture,
            $"\n  {s.FieldName ?? s.Id}: {s.SignerName} signed {s.SigningTime:u}; intact {s.IntegrityValid}, trusted {s.CertificateTrusted}")));

    /// <summary>The options every remote command takes: gateway URL, Basic credentials, plain-HTTP consent.</summary>
    internal sealed class GatewayOptions
    {
        private readonly Option<Uri> _baseUrl = CommonOptions.Url("--base-url", "The gateway's base URL");
        private readonly Option<string> _user = new("--user") { Description = "API user (Basic authentication)", Required = true };
        private readonly SecretOption _password = new("password", "API user's password");
        private readonly Option<bool> _insecure = new("--allow-insecure-http") { Description = "Permit a plain-HTTP gateway (intranet only)" };
        private readonly Option<bool> _longAnchors = new("--allow-multi-char-anchor") { Description = "Send anchor texts longer than one character (older intranet gateways only; 2025+ gateways refuse them)" };
        private readonly Option<bool> _noPreflight = new("--no-preflight") { Description = "Send the PDF without checking it first (parser, encryption, page boxes, /Rotate, anchor once, size)" };
        private readonly Option<FileInfo[]> _trust = new("--trust") { Description = "Validate the returned PDF locally against this trust anchor (repeatable): intact, trusted, timestamp, LTV" };

        public void AddTo(Command command)
        {
            _baseUrl.Required = true;
            command.Options.Add(_baseUrl);
            command.Options.Add(_user);
            command.Options.Add(_insecure);
            _password.AddTo(command);
        }

        /// <summary>Adds the options of commands that send documents to be signed: anchor opt-out, pre-flight opt-out, local validation of the output.</summary>
        public void AddSigningTo(Command command)
        {
            command.Options.Add(_longAnchors);
            command.Options.Add(_noPreflight);
            command.Options.Add(_trust);
        }



        public BsreClient CreateClient(ParseResult parse)
        {
            Uri url = parse.GetRequiredValue(_baseUrl);
            if (url.Scheme == Uri.UriSchemeHttp && !parse.GetValue(_insecure))
            {
                throw CliException.Usage($"--base-url {url} is plain HTTP: the API password would travel unencrypted. Use https, or add --allow-insecure-http for an intranet gateway.");
            }

            var options = new BsreClientOptions
            {
                BaseAddress = url, Username = parse.GetRequiredValue(_user), Password = _password.Read(parse), AllowInsecureHttp = parse.GetValue(_insecure),
                AllowMultiCharacterAnchors = parse.GetValue(_longAnchors),
            };
            var checks = new PdfGatewayCheckOptions { CheckBeforeSigning = !parse.GetValue(_noPreflight) };
            if (parse.GetValue(_trust) is { Length: > 0 } anchors)
            {
                checks.Validation = ValidationSetup.Create(anchors, offline: false, at: null);
            }

            options.DocumentChecker = new PdfGatewayChecker(checks); // acts on sign and seal calls only

            return new BsreClient(new HttpClient { Timeout = Timeout.InfiniteTimeSpan }, options);
        }
    }

    /// <summary>The visible-signature options of <c>bsre remote sign</c>.</summary>
    internal sealed class RemoteAppearanceOptions
    {
        private readonly Option<bool> _visible = new("--visible") { Description = "Draw the signature on the page" };
        private readonly Option<int?> _page = new("--page") { Description = "1-based page of the box (with --rect)" };
        private readonly Option<string> _rect = new("--rect") { Description = "Box X,Y,W,H in PDF points" };
        private readonly Option<string> _anchor = new("--anchor") { Description = "Place the box on this text instead of --page/--rect" };
        private readonly Option<FileInfo> _image = new("--image") { Description = "Specimen image (PNG or JPEG)" };
        private readonly Option<Uri> _qr = CommonOptions.Url("--qr", "URL the gateway draws as a QR code (API v1)");
        private readonly Option<string> _reason = new("--reason") { Description = "Signing reason" };
        private readonly Option<string> _location = new("--location") { Description = "Signing location" };

        public void AddTo(Command command)
        {
            foreach (Option option in new Option[] { _visible, _page, _rect, _anchor, _image, _qr, _reason, _location })
            {
                command.Options.Add(option);
            }
        }

        public RemoteSignature Read(ParseResult parse, bool v2)
        {
            bool visible = parse.GetValue(_visible);
            string? rect = parse.GetValue(_rect);
            string? anchor = parse.GetValue(_anchor);
            if (!visible && (rect is not null || anchor is not null || parse.GetValue(_page) is not null))
            {
                throw CliException.Usage("--page, --rect and --anchor need --visible.");
            }

            if (visible && (rect is null) == (anchor is null))
            {
                throw CliException.Usage("--visible needs either --page N --rect X,Y,W,H or --anchor TEXT.");
            }

            if (v2 && parse.GetValue(_qr) is not null)
            {
                throw CliException.Usage("--qr works with --api v1 only; API v2 draws the --image.");
            }

            double[]? box = rect is null ? null : ParseRect(rect);
            return new RemoteSignature(visible, parse.GetValue(_page) ?? (rect is null ? null : 1), box, anchor, parse.GetValue(_image), parse.GetValue(_qr), parse.GetValue(_reason), parse.GetValue(_location));
        }

        private static double[] ParseRect(string rect)
        {
            string[] parts = rect.Split(',');
            var values = parts.Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : double.NaN).ToArray();
            return values.Length == 4 && values.All(v => !double.IsNaN(v)) && values[2] > 0 && values[3] > 0
                ? values
                : throw CliException.Usage($"--rect '{rect}' is not X,Y,W,H in points (e.g. 72,72,200,80).");
        }
    }

    /// <summary>A parsed appearance, turned into either API's request.</summary>
    internal sealed record RemoteSignature(bool Visible, int? Page, double[]? Box, string? Anchor, FileInfo? ImageFile, Uri? Qr, string? Reason, string? Location)
    {
        public SignV1Request ToV1(string nik, string passphrase, Stream document, Stream? image) => new()
        {
            Nik = nik, Passphrase = passphrase, Document = document, FileName = "document.pdf", Appearance = Visible ? SignatureAppearance.Visible : SignatureAppearance.Invisible,
            Image = image, QrLink = Qr, Page = Page, X = Box?[0], Y = Box?[1], Width = Box?[2], Height = Box?[3], AnchorText = Anchor, Reason = Reason, Location = Location,
        };

        public SignatureProperties ToV2() => new()
        {
            Appearance = Visible ? SignatureAppearance.Visible : SignatureAppearance.Invisible,
            Image = ImageFile is null ? null : File.ReadAllBytes(ImageFile.FullName),
            Page = Page, OriginX = Box?[0], OriginY = Box?[1], Width = Box?[2], Height = Box?[3], AnchorText = Anchor, Reason = Reason, Location = Location,
        };
    }
}
