namespace Bsre.Sdk.Pdf.Signing;

/// <summary>A delete-on-close temporary file for intermediate revisions (B-LT/B-LTA), so large documents never sit in memory.</summary>
internal static class TemporaryFile
{
    public static FileStream Create() => new(
        Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
}
