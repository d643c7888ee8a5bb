"""Source text stage: files and exact spans, PDF text, genre detection, the document model
(lines, clean text, sentences, dates) and report sections."""
