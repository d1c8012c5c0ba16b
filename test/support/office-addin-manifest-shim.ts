// office-addin-mock imports office-addin-manifest only to read a manifest's host list; the
// tests never use that path, and the real package needs the internet to validate.
export const OfficeAddinManifest = { readManifestFile: async () => ({}) };
export default { OfficeAddinManifest };
