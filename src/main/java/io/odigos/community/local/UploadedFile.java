package io.odigos.community.local;

/** A file completed through {@code files.completeUploadExternal}. */
public record UploadedFile(String id, String title, String channel, String initialComment, byte[] bytes) {

    public UploadedFile {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
