using System.Diagnostics.CodeAnalysis;

namespace Bsre.Sdk.Cli.Infrastructure;

/// <summary>
/// What the Native AOT <c>bsre</c> leaves out (docs/publishing.md). The switch is turned off only when the tool is compiled
/// to native code (Bsre.Sdk.Cli.csproj), and the compiler then removes the code behind it, so that nothing it cannot
/// compile without run-time code generation is in the executable.
/// </summary>
internal static class NativeFeatures
{
    public const string Pkcs11Switch = "Bsre.Sdk.Cli.Pkcs11.IsSupported";

    /// <summary>
    /// Gets whether PKCS#11 tokens can be used: Pkcs11Interop 5.3 reads the module's function list with
    /// <c>Marshal.PtrToStructure(IntPtr, Type)</c> and binds its functions with <c>Marshal.GetDelegateForFunctionPointer(IntPtr, Type)</c>,
    /// whose marshalling code Native AOT does not generate (the published executable fails with "CK_FUNCTION_LIST is missing
    /// structure marshalling data"). True in the framework-dependent tool.
    /// </summary>
    [FeatureSwitchDefinition(Pkcs11Switch)]
    public static bool Pkcs11 => !AppContext.TryGetSwitch(Pkcs11Switch, out bool supported) || supported;
}
