using System.Globalization;

namespace Bsre.Sdk.Client.Internal;

/// <summary>
/// The 2025 gateway rule for <c>tag_koordinat</c>: exactly one character. Checked before anything is sent, unless
/// <see cref="BsreClientOptions.AllowMultiCharacterAnchors"/> is set for an older intranet gateway.
/// </summary>
internal static class AnchorRule
{
    public static void Check(string operation, string? anchor, bool allowLong)
    {
        if (allowLong || string.IsNullOrEmpty(anchor))
        {
            return;
        }

        int length = new StringInfo(anchor).LengthInTextElements;
        if (length != 1)
        {
            throw new BsreException(
                BsreErrorCode.InvalidRequest,
                string.Create(CultureInfo.InvariantCulture, $"BSrE {operation} not sent: the anchor text (tag_koordinat) '{anchor}' is {length} characters long, ")
                + "but gateways upgraded since 2025 accept exactly one character (e.g. '#'), which should occur once in the document. "
                + "Use a one-character anchor, or set BsreClientOptions.AllowMultiCharacterAnchors for an older gateway that still takes longer tags.");
        }
    }
}
