namespace Bsre.Sdk.Csc;

/// <summary>What a CSC service says about itself (<c>info</c>, CSC API v2.0 §11.1).</summary>
public sealed class CscServiceInfo
{
    internal CscServiceInfo(string specs, string name, string? region, string? description, IReadOnlyList<string> authTypes, Uri? oauth2, IReadOnlyList<string> methods)
    {
        Specs = specs;
        Name = name;
        Region = region;
        Description = description;
        AuthTypes = authTypes;
        OAuth2 = oauth2;
        Methods = methods;
    }

    /// <summary>Gets the version of the CSC specification the service implements, e.g. <c>2.0.0.0</c>.</summary>
    public string Specs { get; }

    /// <summary>Gets the service's name.</summary>
    public string Name { get; }

    /// <summary>Gets the ISO 3166-1 country of the service, or <see langword="null"/>.</summary>
    public string? Region { get; }

    /// <summary>Gets the service's description, or <see langword="null"/>.</summary>
    public string? Description { get; }

    /// <summary>Gets the service authorization methods it supports (<c>basic</c>, <c>oauth2client</c>, <c>oauth2code</c>, ...).</summary>
    public IReadOnlyList<string> AuthTypes { get; }

    /// <summary>Gets the base URI of its OAuth 2.0 authorization server (the token endpoint is <c>oauth2/token</c> below it), or <see langword="null"/>.</summary>
    public Uri? OAuth2 { get; }

    /// <summary>Gets the API methods it implements (<c>credentials/list</c>, <c>signatures/signHash</c>, ...).</summary>
    public IReadOnlyList<string> Methods { get; }
}
