namespace Bsre.Sdk.Pdf.Ltv;

/// <summary>A signed field's signature value.</summary>
/// <param name="VriKey">Its key in the DSS /VRI dictionary.</param>
/// <param name="Cms">The CMS (or timestamp token), /Contents without the zero padding.</param>
internal sealed record ScannedSignature(string VriKey, byte[] Cms);
