using System.Reflection;
using System.Runtime.InteropServices;
using Net.Pkcs11Interop.HighLevelAPI;

namespace Bsre.Sdk.TestUtils;

/// <summary>
/// Lets Pkcs11Interop find <c>dlopen</c>: it imports it from "libdl", which glibc 2.34 and later no longer ship as
/// <c>libdl.so</c> without the development package (Debian 12, Ubuntu 22.04+). Mapping the name to <c>libdl.so.2</c>
/// is the fix its maintainer gives (Pkcs11Interop issue 239).
/// </summary>
internal static class Pkcs11InteropLibdl
{
    private static int _registered;

    public static void EnsureResolver()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 0 && OperatingSystem.IsLinux())
        {
            NativeLibrary.SetDllImportResolver(typeof(Pkcs11InteropFactories).Assembly, Resolve);
        }
    }

    private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath) =>
        name == "libdl" && (NativeLibrary.TryLoad("libdl.so.2", out IntPtr handle) || NativeLibrary.TryLoad("libc.so.6", out handle))
            ? handle
            : IntPtr.Zero;
}
