namespace Bsre.Sdk.Csc.Internal;

/// <summary>The <c>key</c> object of <c>credentials/info</c> (CSC API v2.0 §11.5).</summary>
internal sealed record CscCredentialKey(IReadOnlyList<string> Algorithms, int Length, bool Enabled);
