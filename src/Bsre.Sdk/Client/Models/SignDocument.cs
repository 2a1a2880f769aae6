namespace Bsre.Sdk.Client;

/// <summary>One PDF to sign or seal through API v2, with its own signature properties.</summary>
public sealed class SignDocument
{
    /// <summary>Creates the item.</summary>
    /// <param name="content">The PDF, read once from its current position and streamed into the request.</param>
    /// <param name="properties">How to sign it; invisible when <see langword="null"/>.</param>
    public SignDocument(Stream content, SignatureProperties? properties = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        Content = content;
        Properties = properties ?? new SignatureProperties();
    }

    /// <summary>Gets the PDF.</summary>
    public Stream Content { get; }

    /// <summary>Gets how to sign it.</summary>
    public SignatureProperties Properties { get; }
}
