"""placeholder"""
def read_documents(*a, **k):
    raise NotImplementedError
