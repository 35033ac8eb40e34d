import { mountPage } from '@/components/mount-page';
import { PlaygroundApp } from '@/components/PlaygroundApp';

mountPage(<PlaygroundApp />);
