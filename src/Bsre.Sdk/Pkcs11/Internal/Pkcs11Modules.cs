using Net.Pkcs11Interop.Common;
using Net.Pkcs11Interop.HighLevelAPI;

namespace Bsre.Sdk.Pkcs11.Internal;

/// <summary>
/// The PKCS#11 modules loaded in this process, shared by reference count: a module is initialised once per process
/// (C_Initialize a second time fails with CKR_CRYPTOKI_ALREADY_INITIALIZED) and finalised when its last user is done
/// (PKCS#11 v2.40 §5.4).
/// </summary>
internal static class Pkcs11Modules
{
    private static readonly Dictionary<string, (IPkcs11Library Library, int Users)> Loaded = new(StringComparer.Ordinal);
    private static readonly object Gate = new();

    public static Lease Acquire(string path)
    {
        string key = path.Contains('/', StringComparison.Ordinal) || path.Contains('\\', StringComparison.Ordinal) ? Path.GetFullPath(path) : path;
        lock (Gate)
        {
            if (Loaded.TryGetValue(key, out var entry))
            {
                Loaded[key] = (entry.Library, entry.Users + 1);
                return new Lease(key, entry.Library);
            }

            IPkcs11Library library = Load(key);
            Loaded[key] = (library, 1);
            return new Lease(key, library);
        }
    }

    private static IPkcs11Library Load(string path)
    {
        if (Path.IsPathRooted(path) && !File.Exists(path))
        {
            throw new Pkcs11SignerException(Pkcs11ErrorCode.ModuleNotFound, $"The PKCS#11 module '{path}' does not exist; give the path of the token vendor's library.");
        }

        Pkcs11Native.EnsureResolver();
        var factories = new Pkcs11InteropFactories();
        try
        {
            return factories.Pkcs11LibraryFactory.LoadPkcs11Library(factories, path, AppType.MultiThreaded);
        }
        catch (Pkcs11Exception e)
        {
            throw new Pkcs11SignerException(Pkcs11ErrorCode.TokenError, $"The PKCS#11 module '{path}' failed to initialise ({e.RV}); check its configuration.", e);
        }
        catch (Exception e) when (e is UnmanagedException or DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            throw new Pkcs11SignerException(Pkcs11ErrorCode.ModuleNotFound, $"The PKCS#11 module '{path}' could not be loaded: {e.Message}", e);
        }
    }

    private static void Release(string key)
    {
        lock (Gate)
        {
            var (library, users) = Loaded[key];
            if (users > 1)
            {
                Loaded[key] = (library, users - 1);
                return;
            }

            Loaded.Remove(key);
            library.Dispose();
        }
    }

    /// <summary>One user's hold on a loaded module; disposing it may finalise the module.</summary>
    internal sealed class Lease(string key, IPkcs11Library library) : IDisposable
    {
        private int _released;

        public IPkcs11Library Library { get; } = library;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                Release(key);
            }
        }
    }
}
