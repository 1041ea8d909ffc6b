package io.odigos.community.local;

/** A file completed through {@code files.completeUploadExternal}: its name as uploaded and the title shown. */
public record UploadedFile(String id, String filename, String title, String channel, String initialComment,
                           byte[] bytes) {

    public UploadedFile {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
