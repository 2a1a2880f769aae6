using Bsre.Sdk.Timestamping;

namespace Bsre.Sdk.Signing;

/// <summary>How a <see cref="CadesExtender"/> raises a CMS signature: the level to reach and the TSA that gets it there.</summary>
public sealed class CadesExtensionOptions
{
    /// <summary>Gets or sets the level to reach: <see cref="SignatureLevel.BaselineT"/> or higher.</summary>
    /// <value>Default <see cref="SignatureLevel.BaselineLT"/>.</value>
    public SignatureLevel Level { get; set; } = SignatureLevel.BaselineLT;

    /// <summary>
    /// Gets or sets the TSA for the signature timestamps the signatures lack and for B-LTA's archive-time-stamp-v3;
    /// needed unless every signature already has what the level asks for (and always for B-LTA).
    /// </summary>
    /// <value>Default <see langword="null"/>.</value>
    public TimestampClient? TimestampClient { get; set; }
}
