using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>A signed signature field of the newest revision: its name and its signature dictionary.</summary>
/// <param name="FieldName">The field's full name.</param>
/// <param name="DictionaryNumber">The signature dictionary's object number, or -1 when /V is direct.</param>
/// <param name="Dictionary">The signature dictionary as the newest revision has it.</param>
internal sealed record PdfSignatureEntry(string FieldName, int DictionaryNumber, PdfDictionary Dictionary)
{
    /// <summary>Gets whether this is a document timestamp (/Type /DocTimeStamp or /SubFilter /ETSI.RFC3161).</summary>
    public bool IsDocumentTimestamp => Dictionary.GetName("Type") == "DocTimeStamp" || Dictionary.GetName("SubFilter") == "ETSI.RFC3161";

    /// <summary>Gets the /SubFilter, e.g. ETSI.CAdES.detached.</summary>
    public string? SubFilter => Dictionary.GetName("SubFilter");
}
