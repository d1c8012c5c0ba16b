/**
 * jsdom's File has no text(), which every browser that runs the add-in has (the pane reads an
 * imported profile with it): import this in a jsdom test that hands the pane a file. Reads
 * through jsdom's own FileReader, as UTF-8.
 */
const proto = Blob.prototype as { text?: () => Promise<string> };
proto.text ??= function text(this: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsText(this);
  });
};

// And no arrayBuffer(), which the pane reads an imported profile with (to decode it as the CLI does).
const bytesProto = Blob.prototype as { arrayBuffer?: () => Promise<ArrayBuffer> };
bytesProto.arrayBuffer ??= function arrayBuffer(this: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsArrayBuffer(this);
  });
};

export {};
