using System.CommandLine;
using Bsre.Sdk.Cli.Batch;
using Bsre.Sdk.Cli.Infrastructure;
using Bsre.Sdk.Pdf;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Timestamping;

namespace Bsre.Sdk.Cli.Commands;

/// <summary><c>bsre pdf sign|timestamp|extend</c>: PAdES signatures, document timestamps and LTV extension, always as incremental updates.</summary>
internal static class PdfCommands
{
    public static Command Create(CliContext context) => new("pdf", "PAdES signatures of PDF documents") { Sign(context), Timestamp(context), Extend(context), PdfRenewCommand.Create(context), PdfVerifyCommand.Create(context), PdfPreviewCommand.Create(context) };

    private static Command Sign(CliContext context)
    {
        var input = CommonOptions.Input("PDF to sign, or a directory: every *.pdf in it is signed into --out DIR");
        var output = CommonOptions.Output("Where to write the signed PDF (a directory when --in is one; nothing in it is overwritten)");
        var key = new SigningKeyOptions();
        var pfx = key.Pfx;
        var level = CommonOptions.Level();
        var tsa = CommonOptions.Tsa();
        var field = new Option<string>("--field") { Description = "Signature field to sign: an empty one is filled, else it is created" };
        var reason = new Option<string>("--reason") { Description = "Reason for signing" };
        var location = new Option<string>("--location") { Description = "Where the document is signed" };
        var visible = new Option<bool>("--visible") { Description = "Draw the signature on a page" };
        var page = new Option<string>("--page") { Description = "Page of a visible signature: a number, first or last", DefaultValueFactory = _ => "1" };
        var rect = new Option<string>("--rect") { Description = "Rectangle X,Y,W,H in points from the bottom-left corner of the page as shown" };
        var anchor = new Option<string>("--anchor") { Description = "Place the signature over this text (first occurrence)" };
        var image = new Option<FileInfo>("--image") { Description = "PNG or JPEG drawn in the signature (or, with --notice and no --visible, as the notice logo)" };
        var noticeLogo = new Option<FileInfo>("--notice-logo") { Description = "PNG or JPEG logo drawn beside the notice" };
        var font = new Option<FileInfo>("--font") { Description = "TrueType font (.ttf) for the signature's text and the notice, instead of the embedded Noto Sans" };
        var qr = CommonOptions.Url("--qr", "Verification URL drawn as a QR code");
        var notice = new Option<bool>("--notice") { Description = "Write BSrE's electronic-signature notice at the bottom of the page" };
        var certify = new Option<string>("--certify") { Description = "Make a certification signature allowing these changes" }
            .AcceptOnlyFromAmong("no-changes", "form-filling", "annotations");
        var command = new Command("sign", "Sign a PDF with a PAdES signature (an incremental update)")
        {
            input, output, pfx, level, tsa, field, reason, location, visible, page, rect, anchor, image, noticeLogo, font, qr, notice, certify,
        };
        key.AddTo(command);
        var pdfPassword = CommonOptions.PdfPassword();
        pdfPassword.AddTo(command);
        var tsaCredentials = new TsaCredentialOptions();
        tsaCredentials.AddTo(command);

        context.SetAction(command, (parse, cancellationToken) => Run(async () =>
        {
            SignatureLevel target = CommonOptions.ParseLevel(parse.GetRequiredValue(level));
            Uri? tsaUrl = parse.GetValue(tsa);
            tsaCredentials.RequireTsaFor(parse, tsaUrl);
            if (target >= SignatureLevel.BaselineT && tsaUrl is null)
            {
                throw CliException.Usage("Level B-T and higher need --tsa URL.");
            }

            using var http = new HttpClient();
            var options = new PadesSignatureOptions
            {
                Level = target,
                TimestampClient = tsaUrl is null ? null : tsaCredentials.Client(http, tsaUrl, parse),
                FieldName = parse.GetValue(field),
                Reason = parse.GetValue(reason),
                Location = parse.GetValue(location),
                Certification = parse.GetValue(certify) switch
                {
                    "no-changes" => PdfCertification.NoChanges,
                    "form-filling" => PdfCertification.FormFilling,
                    "annotations" => PdfCertification.Annotations,
                    _ => PdfCertification.None,
                },
                Appearance = await AppearanceAsync(parse, visible, page, rect, anchor, image, noticeLogo, font, qr, notice, cancellationToken).ConfigureAwait(false),
                PdfPassword = pdfPassword.ReadOptional(parse).AsMemory(),
            };
            using Signer signer = key.Open(parse);
            FileInfo inputFile = parse.GetRequiredValue(input);
            FileInfo outputFile = parse.GetRequiredValue(output);
            string description = $" ({parse.GetRequiredValue(level)}) as {(await signer.GetCertificatesAsync(cancellationToken).ConfigureAwait(false)).SigningCertificate.Subject}";
            if (Directory.Exists(inputFile.FullName))
            {
                var pades = new PadesSigner(signer, http);
                await FolderSigning.RunAsync(context, new DirectoryInfo(inputFile.FullName), new DirectoryInfo(outputFile.FullName),
                    (from, to, token) => pades.SignAsync(from, to, options, token), "signed", description, cancellationToken).ConfigureAwait(false);
                return;
            }

            await AtomicFile.TransformAsync(inputFile, outputFile, (from, to) => new PadesSigner(signer, http).SignAsync(from, to, options, cancellationToken), cancellationToken).ConfigureAwait(false);
            await context.Output.WriteLineAsync($"Signed {inputFile.Name}{description}: {outputFile.FullName}").ConfigureAwait(false);
        }));
        return command;
    }

    private static Command Timestamp(CliContext context)
    {
        var input = CommonOptions.Input("PDF to timestamp");
        var output = CommonOptions.Output("Where to write the timestamped PDF");
        var tsa = CommonOptions.Tsa();
        tsa.Required = true;
        var command = new Command("timestamp", "Add a document timestamp (ETSI.RFC3161)") { input, output, tsa };
        var pdfPassword = CommonOptions.PdfPassword();
        pdfPassword.AddTo(command);
        var tsaCredentials = new TsaCredentialOptions();
        tsaCredentials.AddTo(command);
        context.SetAction(command, (parse, cancellationToken) => Run(async () =>
        {
            using var http = new HttpClient();
            TimestampClient client = tsaCredentials.Client(http, parse.GetRequiredValue(tsa), parse);
            var options = new PadesTimestampOptions { PdfPassword = pdfPassword.ReadOptional(parse).AsMemory() };
            FileInfo inputFile = parse.GetRequiredValue(input);
            FileInfo outputFile = parse.GetRequiredValue(output);
            await AtomicFile.TransformAsync(inputFile, outputFile, (from, to) => new PadesTimestamper(client).TimestampAsync(from, to, options, cancellationToken), cancellationToken).ConfigureAwait(false);
            await context.Output.WriteLineAsync($"Timestamped {inputFile.Name}: {outputFile.FullName}").ConfigureAwait(false);
        }));
        return command;
    }

    private static Command Extend(CliContext context)
    {
        var input = CommonOptions.Input("Signed PDF to extend, or a directory of them (with --out a directory)");
        var output = CommonOptions.Output("Where to write the extended PDF");
        var to = new Option<string>("--to") { Description = "Target level", Required = true }.AcceptOnlyFromAmong("B-LT", "B-LTA");
        var tsa = CommonOptions.Tsa();
        var trust = CommonOptions.Trust();
        var command = new Command("extend", "Add validation data (DSS) and, for B-LTA, a document timestamp to a signed PDF") { input, output, to, tsa, trust };
        var pdfPassword = CommonOptions.PdfPassword();
        pdfPassword.AddTo(command);
        var tsaCredentials = new TsaCredentialOptions();
        tsaCredentials.AddTo(command);
        context.SetAction(command, (parse, cancellationToken) => Run(async () =>
        {
            SignatureLevel target = CommonOptions.ParseLevel(parse.GetRequiredValue(to));
            Uri? tsaUrl = parse.GetValue(tsa);
            tsaCredentials.RequireTsaFor(parse, tsaUrl);
            if (target == SignatureLevel.BaselineLTA && tsaUrl is null)
            {
                throw CliException.Usage("--to B-LTA needs --tsa URL.");
            }

            using var http = new HttpClient();
            var extension = new PadesExtensionOptions
            {
                Level = target,
                TimestampClient = tsaUrl is null ? null : tsaCredentials.Client(http, tsaUrl, parse),
                PdfPassword = pdfPassword.ReadOptional(parse).AsMemory(),
            };
            foreach (var certificate in ValidationSetup.Create(parse.GetRequiredValue(trust), offline: true, at: null).TrustAnchors)
            {
                extension.ExtraCertificates.Add(certificate);
            }

            FileInfo inputFile = parse.GetRequiredValue(input);
            FileInfo outputFile = parse.GetRequiredValue(output);
            var extender = new PadesExtender(http);
            if (Directory.Exists(inputFile.FullName))
            {
                await FolderSigning.RunAsync(context, new DirectoryInfo(inputFile.FullName), new DirectoryInfo(outputFile.FullName),
                    (from, to, token) => extender.ExtendAsync(from, to, extension, token), "extended", $" to {parse.GetRequiredValue(to)}", cancellationToken).ConfigureAwait(false);
                return;
            }

            await AtomicFile.TransformAsync(inputFile, outputFile, (from, to) => extender.ExtendAsync(from, to, extension, cancellationToken), cancellationToken).ConfigureAwait(false);
            await context.Output.WriteLineAsync($"Extended {inputFile.Name} to {parse.GetRequiredValue(to)}: {outputFile.FullName}").ConfigureAwait(false);
        }));
        return command;
    }

    /// <summary>Runs a command body, mapping the PDF layer's option errors (ArgumentException) to usage (64).</summary>
    internal static async Task<int> Run(Func<Task> body)
    {
        try
        {
            await body().ConfigureAwait(false);
            return ExitCodes.Success;
        }
        catch (ArgumentException e) when (e is not ArgumentNullException)
        {
            throw CliException.Usage(e.Message.Split(" (Parameter", 2)[0]);
        }
    }

    private static async Task<PdfSignatureAppearance?> AppearanceAsync(
        ParseResult parse, Option<bool> visible, Option<string> page, Option<string> rect, Option<string> anchor, Option<FileInfo> image,
        Option<FileInfo> noticeLogo, Option<FileInfo> font, Option<Uri> qr, Option<bool> notice, CancellationToken cancellationToken)
    {
        bool isVisible = parse.GetValue(visible) || parse.GetValue(rect) is not null || parse.GetValue(anchor) is not null;
        bool hasNotice = parse.GetValue(notice);
        if (!isVisible && !hasNotice)
        {
            return parse.GetValue(image) is not null || parse.GetValue(qr) is not null
                ? throw CliException.Usage("--image and --qr need --visible (with --rect or --anchor).")
                : null;
        }

        if (parse.GetValue(rect) is not null && parse.GetValue(anchor) is not null)
        {
            throw CliException.Usage("Give either --rect (with --page) or --anchor, not both.");
        }

        if (isVisible && parse.GetValue(rect) is null && parse.GetValue(anchor) is null)
        {
            throw CliException.Usage("--visible needs --rect X,Y,W,H or --anchor TEXT.");
        }

        var appearance = new PdfSignatureAppearance { Visible = isVisible, Notice = hasNotice, AnchorText = parse.GetValue(anchor), QrCodeUrl = parse.GetValue(qr) };
        appearance.Page = PlacementArguments.Page(parse.GetValue(page));
        if (parse.GetValue(rect) is { } text)
        {
            PlacementArguments.Rectangle(text, appearance);
        }

        byte[]? picture = parse.GetValue(image) is { } file ? await ReadAsync(file, "--image", cancellationToken).ConfigureAwait(false) : null;
        byte[]? logo = parse.GetValue(noticeLogo) is { } logoFile ? await ReadAsync(logoFile, "--notice-logo", cancellationToken).ConfigureAwait(false) : null;
        byte[]? noticeImage = logo ?? (isVisible ? null : picture);
        appearance.Image = isVisible && picture is not null ? picture : null;
        appearance.NoticeLogo = noticeImage is null ? null : noticeImage;
        if (parse.GetValue(font) is { } fontFile)
        {
            appearance.Font = await ReadAsync(fontFile, "--font", cancellationToken).ConfigureAwait(false);
        }

        return appearance;
    }

    private static async Task<byte[]> ReadAsync(FileInfo file, string option, CancellationToken cancellationToken)
    {
        await using FileStream stream = InputFiles.Open(file, option);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }
}
