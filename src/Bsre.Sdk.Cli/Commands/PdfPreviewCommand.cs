using System.CommandLine;
using System.Globalization;
using Bsre.Sdk.Cli.Infrastructure;
using Bsre.Sdk.Pdf;

namespace Bsre.Sdk.Cli.Commands;

/// <summary><c>bsre pdf preview</c>: where a visible signature will go, as a schematic PNG of the page (<see cref="PdfPlacementPreview"/>).</summary>
internal static class PdfPreviewCommand
{
    public static Command Create(CliContext context)
    {
        var input = CommonOptions.Input("PDF to place the signature on");
        var output = CommonOptions.Output("Where to write the PNG");
        var page = new Option<string>("--page") { Description = "Page: a number, first or last (ignored with --anchor)", DefaultValueFactory = _ => "1" };
        var rect = new Option<string>("--rect") { Description = "Rectangle X,Y,W,H in points from the bottom-left corner of the page as shown" };
        var anchor = new Option<string>("--anchor") { Description = "Centre the signature (200 x 70 points, as pdf sign does) on this text (first occurrence)" };
        var command = new Command("preview", "Draw where a visible signature will go: the page as shown, its text and images as boxes, the signature in red")
        {
            input, output, page, rect, anchor,
        };
        var pdfPassword = CommonOptions.PdfPassword();
        pdfPassword.AddTo(command);
        context.SetAction(command, (parse, cancellationToken) => PdfCommands.Run(async () =>
        {
            if ((parse.GetValue(rect) is null) == (parse.GetValue(anchor) is null))
            {
                throw CliException.Usage("Give either --rect X,Y,W,H (with --page) or --anchor TEXT.");
            }

            var appearance = new PdfSignatureAppearance { Page = PlacementArguments.Page(parse.GetValue(page)), AnchorText = parse.GetValue(anchor) };
            if (parse.GetValue(rect) is { } text)
            {
                PlacementArguments.Rectangle(text, appearance);
            }

            FileInfo inputFile = parse.GetRequiredValue(input);
            FileInfo outputFile = parse.GetRequiredValue(output);
            string? password = pdfPassword.ReadOptional(parse);
            PdfSignaturePlacement? placement = null;
            await using (FileStream pdf = InputFiles.Open(inputFile, "--in"))
            {
                await AtomicFile.WriteAsync(
                    outputFile.FullName,
                    async png => placement = await PdfPlacementPreview.RenderPngAsync(pdf, appearance, png, password.AsMemory(), cancellationToken).ConfigureAwait(false),
                    cancellationToken).ConfigureAwait(false);
            }

            await context.Output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"Page {placement!.PageNumber} ({placement.PageWidth:0.##} x {placement.PageHeight:0.##} points as shown, /Rotate {placement.PageRotation}): the signature goes at {placement.X:0.##},{placement.Y:0.##},{placement.Width:0.##},{placement.Height:0.##}. Preview: {outputFile.FullName}")).ConfigureAwait(false);
        }));
        return command;
    }
}
