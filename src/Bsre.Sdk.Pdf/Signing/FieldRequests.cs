using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Pdf.Appearance;
using Bsre.Sdk.Pdf.Appearance.Fonts;
using Bsre.Sdk.Pdf.Placement;

namespace Bsre.Sdk.Pdf.Signing;

/// <summary>Turns the public options into a <see cref="SignatureFieldRequest"/>: invisible, or placed and drawn.</summary>
internal static class FieldRequests
{
    public static SignatureFieldRequest For(IPageGeometry pages, PadesSignatureOptions options, X509Certificate2 certificate, DateTimeOffset signingTime)
    {
        var fieldLock = Certification.LockDictionary(options.FieldLock);
        if (options.Appearance is not { } appearance)
        {
            return new SignatureFieldRequest { FieldName = options.FieldName, Lock = fieldLock };
        }

        var (page, rect) = PagePlacement.Place(pages, appearance.Visible ? appearance : Invisible(appearance));
        var notice = appearance.Notice ? new NoticeDecorator(page, appearance.NoticeLogo, appearance.NoticeText, appearance.NoticeVerifierUrl, AppearanceFonts.For(appearance)) : null;
        if (!appearance.Visible)
        {
            return new SignatureFieldRequest { FieldName = options.FieldName, PageIndex = page.Index, Lock = fieldLock, Notice = notice };
        }

        string signer = certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false);
        var builder = new SignatureAppearanceBuilder(appearance, SignatureAppearanceBuilder.Lines(signer, signingTime, options.Reason, options.Location), page.Rotation);
        return new SignatureFieldRequest
        {
            FieldName = options.FieldName,
            PageIndex = page.Index,
            Rectangle = rect,
            Appearance = (update, _, r) => builder.Build(update, r),
            Notice = notice,
            Lock = fieldLock,
        };
    }

    private static PdfSignatureAppearance Invisible(PdfSignatureAppearance appearance) => new()
    {
        Page = appearance.Page,
        Width = 1,
        Height = 1,
    };
}
