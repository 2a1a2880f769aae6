using System.Security.Cryptography.X509Certificates;

namespace Bsre.Sdk.Validation;

/// <summary>What the validation made of one timestamp attached to, or covering, a signature.</summary>
public sealed class TimestampValidationResult
{
    /// <summary>Gets what the timestamp is.</summary>
    public required TimestampKind Kind { get; init; }

    /// <summary>Gets the time the token claims (its TSTInfo genTime), proven only when <see cref="Indication"/> is <see cref="ValidationIndication.TotalPassed"/>.</summary>
    public required DateTimeOffset Time { get; init; }

    /// <summary>Gets the TSA's certificate, when it was found.</summary>
    public X509Certificate2? TsaCertificate { get; init; }

    /// <summary>Gets the subject DN of the TSA's certificate, when it was found.</summary>
    public string? Tsa => TsaCertificate?.Subject;

    /// <summary>Gets whether the timestamp is valid: its imprint, its signature and its TSA's path.</summary>
    public required ValidationIndication Indication { get; init; }

    /// <summary>Gets why <see cref="Indication"/> is not <see cref="ValidationIndication.TotalPassed"/>.</summary>
    public SubIndication? SubIndication { get; init; }
}
