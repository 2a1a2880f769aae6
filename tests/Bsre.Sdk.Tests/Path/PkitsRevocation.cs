using System.Reflection;
using Bsre.Sdk.Validation;
using Bsre.Sdk.Validation.Revocation;

namespace Bsre.Sdk.Tests.PathValidation;

/// <summary>
/// Creates the SDK's <c>RevocationChecker</c> (OCSP + CRL) for PKITS rows with check_revocation: offline, with the
/// row's CRLs as evidence. Found by name, so these tests build before it exists; <see langword="null"/> until then.
/// </summary>
internal static class PkitsRevocation
{
    private static readonly ConstructorInfo? Constructor = typeof(IRevocationChecker).Assembly
        .GetType("Bsre.Sdk.Validation.Revocation.RevocationChecker")?
        .GetConstructors()
        .FirstOrDefault(c => c.GetParameters() is [{ ParameterType: var first }, ..] && first == typeof(SignatureValidationOptions));

    public static bool Available => Constructor is not null;

    public static IRevocationChecker? CreateChecker(SignatureValidationOptions options)
        => (IRevocationChecker?)Constructor?.Invoke([options, .. Constructor.GetParameters().Skip(1).Select(p => p.HasDefaultValue ? p.DefaultValue : null)]);
}
